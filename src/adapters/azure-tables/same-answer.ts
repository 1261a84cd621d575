import type { Answer } from "../../domain/survey/answer.js";

/** Two answers are the same when values and help match; the time of answering does not count (duplicates differ). */
export function sameAnswer(a: Answer, b: Answer): boolean {
  return canonical(a.values) === canonical(b.values) && canonical(a.help ?? null) === canonical(b.help ?? null);
}

/** JSON with sorted keys and no undefined fields, so key order never makes equal answers differ. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .filter(([, inner]) => inner !== undefined)
            .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
        )
      : v,
  );
}
