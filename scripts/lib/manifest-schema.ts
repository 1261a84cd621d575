import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { AppManifestUtils, type AppManifest } from "@microsoft/app-manifest";

/**
 * Offline validation against the Teams schemas bundled in @microsoft/app-manifest (teams-platform.md §3.7).
 * The package's own lookup falls back to fetching the `$schema` URL; we resolve the bundled file ourselves and
 * fail if it is not there, so validation never touches the network.
 */

const SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/json-schemas\/(teams\/v[0-9.]+|teams\/vDevPreview)\/([\w.]+\.json)$/;

/** Where @microsoft/app-manifest keeps its schemas (`build/json-schemas/`). */
export function bundledSchemaRoot(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@microsoft/app-manifest/package.json")), "build", "json-schemas");
}

/** The bundled file for a Teams `$schema` URL, e.g. `…/teams/v1.30/MicrosoftTeams.schema.json`. */
export function bundledSchemaPath(schemaUrl: string): string {
  const match = SCHEMA_URL.exec(schemaUrl);
  if (!match?.[1] || !match[2]) throw new Error(`Not a Teams schema URL: ${schemaUrl}`);
  return join(bundledSchemaRoot(), match[1], match[2]);
}

/**
 * Loads a bundled schema, repaired where ajv cannot compile it:
 * - `\a` and `\v` escapes, which JSON forbids (the package's own loader rewrites them the same way);
 * - a lone `]` in a regular expression: every bundled Localization schema (v1.8 to v1.30) has the pattern
 *   `^activities.activityTypes\[\b(...)\b]\.description$`, which ajv's unicode-mode RegExp rejects
 *   ("Lone quantifier brackets"). Escaping that `]` keeps its meaning: a literal closing bracket.
 */
export function loadBundledSchema(schemaUrl: string): Record<string, unknown> {
  const raw = readFileSync(bundledSchemaPath(schemaUrl), "utf8");
  const schema = JSON.parse(raw.replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b")) as unknown;
  return repairPatterns(schema) as Record<string, unknown>;
}

function repairPatterns(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(repairPatterns);
  if (!node || typeof node !== "object") return node;
  const entries = Object.entries(node).map(([key, value]): [string, unknown] => {
    if (key === "patternProperties" && value && typeof value === "object") {
      const fixed = Object.entries(value).map(([pattern, sub]) => [compilable(pattern), repairPatterns(sub)]);
      return [key, Object.fromEntries(fixed)];
    }
    if (key === "pattern" && typeof value === "string") return [key, compilable(value)];
    return [key, repairPatterns(value)];
  });
  return Object.fromEntries(entries);
}

/** Returns `pattern` unchanged if it compiles in unicode mode, else with each `]` outside a class escaped. */
export function compilable(pattern: string): string {
  try {
    new RegExp(pattern, "u");
    return pattern;
  } catch {
    let out = "";
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
      const ch = pattern[i] ?? "";
      if (ch === "\\") {
        out += ch + (pattern[i + 1] ?? "");
        i++;
      } else if (ch === "[") {
        inClass = true;
        out += ch;
      } else if (ch === "]") {
        out += inClass ? ch : "\\]";
        inClass = false;
      } else out += ch;
    }
    return out;
  }
}

/** Validates a manifest or localization file against the bundled schema its `$schema` names; [] means valid. */
export async function validateAgainstBundledSchema(document: Record<string, unknown>): Promise<string[]> {
  const url = document["$schema"];
  if (typeof url !== "string") return ["/$schema is missing: it selects the schema to validate against"];
  const schema = loadBundledSchema(url);
  // The library types `schema` as the manifest's JSONSchemaType; localization schemas are plain JSON Schema too.
  return AppManifestUtils.validateAgainstSchema(document as unknown as AppManifest, schema as never);
}
