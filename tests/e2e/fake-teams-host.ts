/**
 * A stand-in for the Teams web client: a page that frames the tab and answers teams-js's postMessage protocol
 * (toolchain.md §5, teams-js 2.58, pinned): initialize, getContext, authentication.getAuthToken and the channel
 * tab configuration calls. The test serves it from the app's own origin (Playwright route), which teams-js
 * trusts like a Teams origin, so the tab runs its real in-Teams code path.
 */
export interface FakeTeamsHostOptions {
  /** The tab URL to frame, e.g. "/tab/" or "/tab/config". */
  tabPath: string;
  /** The SSO token getAuthToken returns (minted by the fake Entra issuer). */
  token: string;
  frameContext: "content" | "settings";
  /** A Teams v1 context, as the host sends it (teams-js turns it into app.Context). */
  context: Record<string, unknown>;
}

/** The runtime capabilities the host claims: what the tab uses, nothing else. */
const RUNTIME = {
  apiVersion: 4,
  supports: { pages: { config: {}, appButton: {}, tabs: {}, backStack: {} }, teamsCore: {} },
};

export function fakeTeamsHostHtml(options: FakeTeamsHostOptions): string {
  const data = JSON.stringify({ ...options, runtime: RUNTIME });
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Fake Teams</title></head>
<body style="margin:0">
<iframe id="tab" src="${options.tabPath}" style="width:1100px;height:860px;border:0"></iframe>
<script>
  const host = ${data};
  window.hostCalls = [];
  window.addEventListener("message", (event) => {
    const message = event.data;
    if (!message || typeof message.func !== "string") return;
    window.hostCalls.push({ func: message.func, args: message.args });
    let args = [];
    if (message.func === "initialize") args = [host.frameContext, "web", JSON.stringify(host.runtime), "2.0.0"];
    else if (message.func === "getContext") args = [host.context];
    else if (message.func === "authentication.getAuthToken") args = [true, host.token];
    else if (message.func === "settings.setSettings") args = [true];
    event.source.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args }, event.origin);
  });
  /** Like pressing Save in Teams' tab configuration dialog. */
  window.pressSave = () =>
    document.getElementById("tab").contentWindow.postMessage({ func: "settings.save", args: [{}] }, location.origin);
</script>
</body></html>`;
}
