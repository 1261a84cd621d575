#!/usr/bin/env node
// `npm run playground`: the Microsoft 365 Agents Playground (a local Teams client and Bot Connector) pointed at
// the bot of a running `npm start`, with the demo school's class team from .m365agentsplayground.yml.
// Extra arguments pass through, e.g. `npm run playground -- --port 56151`.
//
// Offline by design (toolchain.md §4, gotcha 11): `--disable-telemetry` stops its telemetry events, and
// APPLICATION_INSIGHTS_NO_STATSBEAT=true stops the Application Insights SDK's statsbeat, which otherwise probes
// the Azure metadata endpoint (169.254.169.254) even with telemetry disabled.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL("..", import.meta.url));
const cli = require.resolve("@microsoft/m365agentsplayground/cli.js");
const port = process.env.PORT || "3978";
const endpoint = `http://127.0.0.1:${port}/api/messages`;

const args = [
  cli,
  "--app-endpoint",
  endpoint,
  "--channel-id",
  "msteams",
  "--disable-telemetry",
  ...process.argv.slice(2),
];
const env = {
  ...process.env,
  APPLICATION_INSIGHTS_NO_STATSBEAT: "true",
  M365_AGENTS_PLAYGROUND_CONFIG_PATH:
    process.env.M365_AGENTS_PLAYGROUND_CONFIG_PATH ||
    fileURLToPath(new URL("../.m365agentsplayground.yml", import.meta.url)),
  // Its log goes to ./devTools/ by default; .data/ is already git-ignored.
  M365_AGENTS_PLAYGROUND_LOGFILE:
    process.env.M365_AGENTS_PLAYGROUND_LOGFILE ||
    fileURLToPath(new URL("../.data/playground/playground.log", import.meta.url)),
};

console.log(`Agents Playground -> ${endpoint} (start the app with "npm start" first; Ctrl-C stops both)`);
const child = spawn(process.execPath, args, { cwd: root, env, stdio: "inherit" });

// Ctrl-C reaches the whole foreground process group anyway; forwarding covers `kill <pid>` of this script too.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}
child.on("error", (error) => {
  console.error(`could not start the Agents Playground: ${error.message}`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  process.exit(code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1));
});
