import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * `npm run bench`: runs every benchmark in bench/<name>/ (its `run.ts`), one child process each so one
 * benchmark's servers and Azurite never share a process with the next, and prints a summary. Exit code 1 if any
 * benchmark failed to run; figures are for reading, not thresholds that fail the run.
 */
const root = dirname(fileURLToPath(import.meta.url));
const benches = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, "run.ts")))
  .map((entry) => entry.name)
  .sort();

const results: Array<{ name: string; ok: boolean }> = [];
for (const name of benches) {
  console.log(`\n=== bench/${name} ===`);
  const run = spawnSync(
    process.execPath,
    ["--disable-warning=DEP0111", "--import", "tsx", join(root, name, "run.ts")],
    {
      stdio: "inherit",
      env: process.env,
    },
  );
  results.push({ name, ok: run.status === 0 });
}
console.log(`\n${results.map((r) => `${r.ok ? "ok    " : "FAILED"} bench/${r.name}`).join("\n")}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
