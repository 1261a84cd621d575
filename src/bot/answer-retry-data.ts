import { HELP_INPUTS } from "./cards/survey-card.js";
import { QUESTION_INPUT_PREFIX } from "./cards/verbs.js";

/** A survey has a handful of questions (question-bank.ts); anything beyond this many fields is not an answer. */
const MAX_FIELDS = 40;
/** The help note is at most 500 characters (HELP_NOTE_MAX_LENGTH); longer values are cut, and validation rejects them. */
const MAX_VALUE_LENGTH = 600;

const KEPT = new Set<string>(["roundId", "classId", HELP_INPUTS.toggle, HELP_INPUTS.target, HELP_INPUTS.note]);

/**
 * The fields of an answer the student sent, to put behind a "Try again" button when storage could not take it:
 * pressing it sends the same answer again (saving is idempotent, so a retry after a save that did land is harmless).
 * Only the survey's own fields are kept, as plain strings: the card carries them as data, never as markup.
 */
export function answerRetryData(data: Record<string, unknown>): Record<string, string> {
  const kept: Record<string, string> = {};
  let count = 0;
  for (const [key, value] of Object.entries(data)) {
    if (!KEPT.has(key) && !key.startsWith(QUESTION_INPUT_PREFIX)) continue;
    if (typeof value !== "string" && typeof value !== "boolean" && typeof value !== "number") continue;
    if (++count > MAX_FIELDS) break;
    kept[key] = String(value).slice(0, MAX_VALUE_LENGTH);
  }
  return kept;
}
