/**
 * Agents Toolkit placeholders, `${{NAME}}` (teams-platform.md §4), filled from an environment's variables.
 * The app package is public (anyone in the tenant can download it), so secrets are never filled in.
 */

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export class UnfilledPlaceholdersError extends Error {
  readonly code = "unfilled-placeholders";
  constructor(readonly names: string[]) {
    super(`Unfilled placeholders: ${names.join(", ")}. Set them in env/.env.<env> or the environment.`);
  }
}

/** The distinct placeholder names in `text`, in order of first use. */
export function listPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ""))];
}

/**
 * Replaces every `${{NAME}}` in a JSON text with the JSON-escaped value of `vars[NAME]`, so a value can never
 * break out of its string. Throws {@link UnfilledPlaceholdersError} naming every missing, empty or secret one.
 */
export function fillJsonPlaceholders(text: string, vars: Readonly<Record<string, string | undefined>>): string {
  const missing = listPlaceholders(text).filter((name) => name.startsWith("SECRET_") || !vars[name]);
  if (missing.length) throw new UnfilledPlaceholdersError(missing);
  return text.replace(PLACEHOLDER, (_match, name: string) => JSON.stringify(vars[name] ?? "").slice(1, -1));
}
