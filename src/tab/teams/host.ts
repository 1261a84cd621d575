import type * as TeamsJs from "@microsoft/teams-js";

export type TeamsSdk = typeof TeamsJs;
export type Theme = "default" | "dark" | "contrast";

export type Host =
  | { kind: "teams"; sdk: TeamsSdk; context: TeamsJs.app.Context; theme: Theme; locale: string }
  | { kind: "browser"; locale: string; theme: Theme };

/** Outside Teams (local demo) the tab follows the browser's light/dark preference; `?theme=` overrides it. */
function browserTheme(): Theme {
  const asked = new URLSearchParams(location.search).get("theme");
  if (asked) return toTheme(asked);
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "default";
}

/**
 * Outside Teams, app.initialize() rejects at once in a top-level page but hangs 60 s inside a non-Teams iframe
 * (toolchain.md gotcha 12), so it races a short timeout. 5 s is well above the ~20 ms it takes in Teams.
 */
const INITIALIZE_TIMEOUT_MS = 5_000;

/** teams-js's own test for a host: a parent or opener window, or a mobile native bridge. */
function mayBeEmbedded(): boolean {
  return window.parent !== window.self || window.opener != null || "nativeInterface" in window;
}

/**
 * Finds out whether the tab runs inside Teams (or Microsoft 365). teams-js is loaded only then, which keeps it
 * out of the first download and means a plain browser never contacts Microsoft's CDN.
 */
export async function detectHost(): Promise<Host> {
  const browserLocale = new URLSearchParams(location.search).get("locale") ?? navigator.language;
  if (!mayBeEmbedded()) return { kind: "browser", locale: browserLocale, theme: browserTheme() };
  try {
    const sdk = await import("@microsoft/teams-js");
    await withTimeout(sdk.app.initialize(), INITIALIZE_TIMEOUT_MS);
    const context = await sdk.app.getContext();
    sdk.app.notifySuccess();
    return {
      kind: "teams",
      sdk,
      context,
      theme: toTheme(context.app.theme),
      locale: new URLSearchParams(location.search).get("locale") ?? context.app.locale,
    };
  } catch {
    return { kind: "browser", locale: browserLocale, theme: browserTheme() };
  }
}

export function toTheme(name: string | undefined): Theme {
  return name === "dark" || name === "contrast" ? name : "default";
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
