import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Stages what runs in App Service into dist/deploy for `azureAppService/zipDeploy` (m365agents.yml): the server
 * source (run by tsx, as `npm start` does), the built tab, and production dependencies only, so the zip carries
 * neither the tab's build tool chain nor the tests. Run after `npm run build`.
 */

const root = fileURLToPath(new URL("..", import.meta.url));
const target = fileURLToPath(new URL("../dist/deploy/", import.meta.url));

/** Paths copied as they are; src/tab is the tab's source, already built into dist/tab. */
const COPIED = ["package.json", "package-lock.json", "tsconfig.json", "src", "dist/tab"];

export function stageDeploy(): string {
  if (!existsSync(`${root}dist/tab/index.html`)) throw new Error("dist/tab is missing: run `npm run build` first");
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const path of COPIED) {
    cpSync(`${root}${path}`, `${target}${path}`, {
      recursive: true,
      filter: (source) => !source.startsWith(`${root}src/tab`),
    });
  }
  // App Service runs Linux x64 whatever machine deploys: --os/--cpu pick the matching optional binaries (esbuild's,
  // which tsx needs). --ignore-scripts: nothing in the production tree needs an install script.
  const flags = ["--omit=dev", "--os=linux", "--cpu=x64", "--ignore-scripts", "--no-audit", "--no-fund"];
  execFileSync("npm", ["ci", ...flags], {
    cwd: target,
    stdio: "inherit",
  });
  return target;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`staged ${stageDeploy()}`);
}
