/**
 * What a teacher may write to open a check-in, in each product language. Matching is on the whole message after
 * the @mention is removed, so ordinary chat that merely contains a word never opens a round.
 */
const PHRASES = new Set([
  // en
  "check in",
  "checkin",
  "start check in",
  // da
  "tjek ind",
  "tjekind",
  "trivselstjek",
  "start trivselstjek",
  // sv
  "checka in",
  "incheckning",
  "starta incheckning",
  // fi
  "kysely",
  "aloita kysely",
]);

/** Trailing "now" in each language is allowed: "check in now", "tjek ind nu", "checka in nu", "kysely nyt". */
const TRAILING_NOW = /\s+(now|nu|nyt)$/;

export function normaliseCommand(text: string): string {
  return text
    .replace(/<[^>]*>/g, " ") // leftover mention or formatting tags
    .replace(/&nbsp;/g, " ")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(TRAILING_NOW, "");
}

export function isCheckInCommand(text: string | undefined): boolean {
  return text !== undefined && PHRASES.has(normaliseCommand(text));
}
