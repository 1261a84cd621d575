import { HELP_NOTE_MAX_LENGTH, HELP_TARGETS, type HelpRequest, type HelpTarget } from "./answer.js";
import { SCALE_MAX, SCALE_MIN } from "./question.js";
import type { Round } from "./round.js";
import { isRoundOpen } from "./round.js";

export type AnswerRejection =
  "roundClosed" | "unknownQuestion" | "missingValue" | "valueOffScale" | "noteTooLong" | "unknownHelpTarget";

export interface SubmittedAnswer {
  values: Record<string, unknown>;
  help?: { target: unknown; note?: unknown } | undefined;
}

export type ValidatedAnswer =
  { ok: true; values: Record<string, number>; help?: HelpRequest } | { ok: false; reason: AnswerRejection };

/**
 * Checks a submitted answer against the round's frozen questions. Pure; the use case adds identity checks.
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
    const value = typeof raw === "string" && /^\d$/.test(raw) ? Number(raw) : raw;
    if (typeof value !== "number" || !Number.isInteger(value) || value < SCALE_MIN || value > SCALE_MAX) {
      return { ok: false, reason: "valueOffScale" };
    }
    values[question.id] = value;
  }
  if (!submitted.help) return { ok: true, values };
  const target = submitted.help.target;
  if (typeof target !== "string" || !(HELP_TARGETS as readonly string[]).includes(target)) {
    return { ok: false, reason: "unknownHelpTarget" };
  }
  const note = submitted.help.note;
  if (note !== undefined && note !== null && typeof note !== "string") return { ok: false, reason: "noteTooLong" };
  const trimmed = typeof note === "string" ? note.trim() : "";
  if (trimmed.length > HELP_NOTE_MAX_LENGTH) return { ok: false, reason: "noteTooLong" };
  const help: HelpRequest = { target: target as HelpTarget };
  if (trimmed) help.note = trimmed;
  return { ok: true, values, help };
}
