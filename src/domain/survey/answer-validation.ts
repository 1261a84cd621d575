import { HELP_NOTE_MAX_LENGTH, HELP_TARGETS, type HelpRequest, type HelpTarget } from "./answer.js";
import { answerValues } from "./items/answer-values.js";
import type { Round } from "./round.js";
import { isRoundOpen } from "./round.js";

export type AnswerRejection =
  | "roundClosed"
  | "unknownQuestion"
  | "missingValue"
  | "valueOffScale"
  | "noteTooLong"
  | "noteNotPlainText"
  | "unknownHelpTarget";

export interface SubmittedAnswer {
  values: Record<string, unknown>;
  help?: { target: unknown; note?: unknown } | undefined;
}

export type ValidatedAnswer =
  { ok: true; values: Record<string, number>; help?: HelpRequest } | { ok: false; reason: AnswerRejection };

/**
 * What a note may not contain. Notes are always shown as escaped plain text (card-kit `plainText`), so this is
 * defence in depth against tampered cards: HTML tags, markdown links/images, `javascript:`-style URLs and control
 * characters other than line breaks and tabs. A "<3" or "*sigh*" passes; a student's words are never refused
 * for ordinary punctuation.
 */
const NOT_PLAIN_TEXT = [
  /<\/?[a-z!?][^>]*>/i,
  /!?\[[^\]]*\]\([^)]*\)/,
  /\b(?:javascript|data|vbscript):/i,
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/,
];

/** True when a note is ordinary text (see NOT_PLAIN_TEXT). */
export function isPlainNote(note: string): boolean {
  return !NOT_PLAIN_TEXT.some((pattern) => pattern.test(note));
}

/** A card input's value as an integer: numbers, and strings of digits (Input.ChoiceSet sends strings). */
function toInteger(raw: unknown): number | undefined {
  if (typeof raw === "number" && Number.isInteger(raw)) return raw;
  if (typeof raw === "string" && /^\d{1,2}$/.test(raw)) return Number(raw);
  return undefined;
}

/**
 * Checks a submitted answer against the round's frozen questions. Pure; the use case adds identity checks.
 * Each item accepts exactly `answerValues(question)` (1..5 for a 5-point item, 1 and 5 for yes/no).
 * A student may skip questions only when asking for help (a student in distress should never be blocked).
 */
export function validateAnswer(round: Round, submitted: SubmittedAnswer, now: Date): ValidatedAnswer {
  if (!isRoundOpen(round, now)) return { ok: false, reason: "roundClosed" };
  const known = new Set(round.questions.map((q) => q.id));
  for (const key of Object.keys(submitted.values)) {
    if (!known.has(key)) return { ok: false, reason: "unknownQuestion" };
  }
  const values: Record<string, number> = {};
  for (const question of round.questions) {
    const raw = submitted.values[question.id];
    if (raw === undefined || raw === null || raw === "") {
      if (submitted.help) continue;
      return { ok: false, reason: "missingValue" };
    }
    const value = toInteger(raw);
    if (value === undefined || !answerValues(question).includes(value)) return { ok: false, reason: "valueOffScale" };
    values[question.id] = value;
  }
  if (!submitted.help) return { ok: true, values };
  const target = submitted.help.target;
  if (typeof target !== "string" || !(HELP_TARGETS as readonly string[]).includes(target)) {
    return { ok: false, reason: "unknownHelpTarget" };
  }
  const note = submitted.help.note;
  if (note !== undefined && note !== null && typeof note !== "string") return { ok: false, reason: "noteNotPlainText" };
  const trimmed = typeof note === "string" ? note.trim() : "";
  // HELP_NOTE_MAX_LENGTH (answer.ts, issue 3): the card's maxLength stops typing there; this catches tampering.
  if (trimmed.length > HELP_NOTE_MAX_LENGTH) return { ok: false, reason: "noteTooLong" };
  if (!isPlainNote(trimmed)) return { ok: false, reason: "noteNotPlainText" };
  const help: HelpRequest = { target: target as HelpTarget };
  if (trimmed) help.note = trimmed;
  return { ok: true, values, help };
}
