import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's Chromium (toolchain.md §5); `.ci/run` installs it when missing. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** toolchain.md §5: headless, no sandbox in containers, and no background calls to Google services. */
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const TAB_DIR = fileURLToPath(new URL("../../dist/tab/", import.meta.url));

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: run \`apt-get install -y chromium\``);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}

/** Builds the tab when dist/tab is missing (`npm test` builds it first; this covers running one file). */
export async function ensureTabBuilt(): Promise<void> {
  if (existsSync(`${TAB_DIR}index.html`)) return;
  const { build } = await import("vite");
  await build({
    configFile: fileURLToPath(new URL("../../src/tab/vite.config.ts", import.meta.url)),
    logLevel: "warn",
  });
}

/**
 * Tests speak only to 127.0.0.1: any other request the page makes is aborted and recorded, so a test can
 * prove the tab calls nothing outside the app (no CDN, no telemetry).
 */
export async function loopbackOnly(page: Page): Promise<string[]> {
  const outside: string[] = [];
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.protocol === "data:") return route.continue();
    outside.push(url.origin);
    return route.abort();
  });
  return outside;
}
