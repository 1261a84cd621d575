import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";

/**
 * Agents Toolkit environments (teams-platform.md §4): `env/.env.<name>` holds committed, non-secret values and
 * `env/.env.<name>.user` (git-ignored) holds `SECRET_*` values. Later sources win: file, user file, process env.
 */

/** Environment names become file names, so only plain names are accepted (no "../"). */
const ENV_NAME = /^[a-z][a-z0-9-]{0,31}$/;

/** Reads one dotenv file; a missing file is an empty set of variables (a fresh clone has no `.user` file). */
export function readEnvFile(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  const parsed = parseEnv(readFileSync(path, "utf8"));
  return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => e[1] !== undefined));
}

/**
 * The variables of environment `name`: `env/.env.<name>`, then `env/.env.<name>.user`, then `processEnv`.
 * Empty values never override a filled one, so `BOT_ID=` in a committed file cannot blank a value from the shell.
 */
export function loadEnvironment(
  name: string,
  root: string,
  processEnv: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  if (!ENV_NAME.test(name)) throw new Error(`Invalid environment name "${name}": use lower-case letters, digits, "-"`);
  const file = join(root, "env", `.env.${name}`);
  if (!existsSync(file)) throw new Error(`No environment file env/.env.${name}`);
  const merged: Record<string, string> = {};
  for (const source of [readEnvFile(file), readEnvFile(`${file}.user`), processEnv]) {
    for (const [key, value] of Object.entries(source)) {
      if (value !== undefined && value !== "") merged[key] = value;
    }
  }
  return merged;
}
