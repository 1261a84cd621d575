import type { Dimension, Question } from "../question.js";
import { BELONGING_ITEMS } from "./belonging.js";
import { DROPOUT_THOUGHTS_ITEMS } from "./dropout-thoughts.js";
import { ENERGY_ITEMS } from "./energy.js";
import { MOOD_ITEMS } from "./mood.js";
import { MOTIVATION_ITEMS } from "./motivation.js";
import { SAFETY_ITEMS } from "./safety.js";
import { TEACHER_RELATIONS_ITEMS } from "./teacher-relations.js";
import { TRUSTED_ADULT_ITEMS } from "./trusted-adult.js";
import { WORKLOAD_ITEMS } from "./workload.js";

export { answerValues } from "./answer-values.js";

/**
 * Every item Trivsel ships, in our own plain wording for 15-19 year olds (no licensed scale text), in da/sv/fi/en.
 * Includes the three weekly core items of question-bank.ts as the same objects. Grouped by dimension in DIMENSIONS
 * order; within a dimension the core item (if any) comes first.
 */
export const QUESTION_BANK: readonly Question[] = [
  ...MOOD_ITEMS,
  ...BELONGING_ITEMS,
  ...TEACHER_RELATIONS_ITEMS,
  ...MOTIVATION_ITEMS,
  ...WORKLOAD_ITEMS,
  ...ENERGY_ITEMS,
  ...SAFETY_ITEMS,
  ...TRUSTED_ADULT_ITEMS,
  ...DROPOUT_THOUGHTS_ITEMS,
];

const byId = new Map(QUESTION_BANK.map((q) => [q.id, q]));

/** The bank item with this id, or undefined. */
export function findQuestion(id: string): Question | undefined {
  return byId.get(id);
}

/** The bank's items for one dimension, in bank order. */
export function questionsFor(dimension: Dimension): Question[] {
  return QUESTION_BANK.filter((q) => q.dimension === dimension);
}
