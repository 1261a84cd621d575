import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const DIST = fileURLToPath(new URL("../../dist/tab/", import.meta.url));
/** Issue 6's budget for the first download. */
export const INITIAL_JS_BUDGET_KB = 350;

export interface JsBudget {
  initialGzipKb: number;
  allGzipKb: number;
  files: string[];
}

/**
 * Gzipped size of the JavaScript the browser must fetch before the first screen: the entry script and every
 * chunk index.html preloads. Lazy chunks (student page, charts, class and school views, teams-js) are not part of
 * it; `allGzipKb` is every chunk, for comparison.
 */
export async function measureJsBudget(): Promise<JsBudget> {
  if (!existsSync(`${DIST}index.html`)) {
    const { build } = await import("vite");
    await build({
      configFile: fileURLToPath(new URL("../../src/tab/vite.config.ts", import.meta.url)),
      logLevel: "warn",
    });
  }
  const html = readFileSync(`${DIST}index.html`, "utf8");
  const files = [...html.matchAll(/(?:src|href)="\/tab\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const gz = (file: string) => gzipSync(readFileSync(`${DIST}${file}`)).length;
  const { readdirSync } = await import("node:fs");
  const all = readdirSync(`${DIST}assets`).filter((f) => f.endsWith(".js"));
  return {
    initialGzipKb: kb(files.reduce((n, f) => n + gz(f), 0)),
    allGzipKb: kb(all.reduce((n, f) => n + gz(`assets/${f}`), 0)),
    files,
  };
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
