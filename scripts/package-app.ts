import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import JSZip from "jszip";
import { loadEnvironment } from "./lib/env-files.js";
import { validateAgainstBundledSchema } from "./lib/manifest-schema.js";
import { fillJsonPlaceholders } from "./lib/placeholders.js";

/**
 * `npm run package [-- --env local]`: fills appPackage/manifest.json from env/.env.<env> (default `dev`) and the
 * process environment, validates it and its localization files offline against the bundled Teams schema, and
 * zips manifest, icons and localization files into appPackage/build/appPackage.<env>.zip for upload to Teams.
 */

export class AppPackageError extends Error {
  readonly code = "app-package";
}

export interface PackageOptions {
  /** Environment name: reads env/.env.<env> and env/.env.<env>.user. */
  env: string;
  /** Repository root; defaults to this script's parent folder. */
  root?: string;
  /** Overrides from the shell (or a test); non-empty values win over the env files. */
  processEnv?: NodeJS.ProcessEnv;
  /** Where the zip goes; defaults to appPackage/build. */
  outDir?: string;
}

export interface BuiltPackage {
  zipPath: string;
  manifest: Record<string, unknown>;
  /** File names inside the zip, manifest.json first. */
  files: string[];
}

const DEFAULT_ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Files the manifest points at; they must sit next to it, since Teams reads the zip flat. */
export function referencedFiles(manifest: Record<string, unknown>): string[] {
  const icons = (manifest["icons"] ?? {}) as Record<string, unknown>;
  const l10n = (manifest["localizationInfo"] ?? {}) as { defaultLanguageFile?: unknown; additionalLanguages?: unknown };
  const languages = Array.isArray(l10n.additionalLanguages) ? (l10n.additionalLanguages as { file?: unknown }[]) : [];
  const names = [
    icons["color"],
    icons["outline"],
    icons["color32x32"],
    l10n.defaultLanguageFile,
    ...languages.map((l) => l.file),
  ];
  return [...new Set(names.filter((n): n is string => typeof n === "string"))];
}

/** Fills, validates and zips the app package. Throws {@link AppPackageError} (or an unfilled-placeholder error). */
export async function buildAppPackage(options: PackageOptions): Promise<BuiltPackage> {
  const root = options.root ?? DEFAULT_ROOT;
  const appDir = join(root, "appPackage");
  const vars = loadEnvironment(options.env, root, options.processEnv ?? process.env);
  const manifestText = fillJsonPlaceholders(readFileSync(join(appDir, "manifest.json"), "utf8"), vars);
  const manifest = JSON.parse(manifestText) as Record<string, unknown>;
  const problems = (await validateAgainstBundledSchema(manifest)).map((p) => `manifest.json${p}`);

  const zip = new JSZip();
  // A fixed date keeps the zip byte-identical for identical input, so a rebuilt package is recognisably the same.
  const date = new Date("2025-01-01T00:00:00Z");
  zip.file("manifest.json", manifestText, { date });
  const files = referencedFiles(manifest);
  for (const name of files) {
    if (normalize(name) !== name || name.includes("/") || name.includes("\\")) {
      problems.push(`${name}: referenced files must sit next to manifest.json`);
      continue;
    }
    const path = join(appDir, name);
    if (!existsSync(path)) {
      problems.push(`${name}: referenced by manifest.json but missing from appPackage/`);
      continue;
    }
    if (name.endsWith(".json")) {
      const text = fillJsonPlaceholders(readFileSync(path, "utf8"), vars);
      problems.push(...(await validateAgainstBundledSchema(JSON.parse(text))).map((p) => `${name}${p}`));
      zip.file(name, text, { date });
    } else {
      zip.file(name, readFileSync(path), { date });
    }
  }
  if (problems.length) throw new AppPackageError(`The app package is invalid:\n  ${problems.join("\n  ")}`);

  const outDir = options.outDir ?? join(appDir, "build");
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, `appPackage.${options.env}.zip`);
  writeFileSync(zipPath, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return { zipPath, manifest, files: ["manifest.json", ...files] };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { env: { type: "string", default: "dev" } } });
  try {
    const built = await buildAppPackage({ env: values.env ?? "dev" });
    console.log(`wrote ${built.zipPath} (${built.files.join(", ")})`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
