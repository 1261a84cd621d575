import { CORE_QUESTIONS } from "../question-bank.js";
import type { Question } from "../question.js";

/**
 * Looks up one of the weekly core items in question-bank.ts, so the bank shares those objects rather than copying
 * their wording (other parts of the app already use them by id). Throws at import time if one is ever renamed.
 */
export function coreItem(id: "mood-week" | "belonging-class" | "energy-week"): Question {
  const item = CORE_QUESTIONS.find((q) => q.id === id);
  if (!item) throw new Error(`core question "${id}" is missing from question-bank.ts`);
  return item;
}
