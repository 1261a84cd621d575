import type { Localized } from "../locale.js";

/** The nine wellbeing dimensions of DESIGN §3. */
export const DIMENSIONS = [
  "mood",
  "belonging",
  "teacherRelations",
  "motivation",
  "workload",
  "energy",
  "safety",
  "trustedAdult",
  "dropoutThoughts",
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export type QuestionKind = "scale5" | "yesNo" | "choice";

/** The 5-point scale's values; 1 is always the worst end once `higherIsBetter` is applied. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

export interface Question {
  id: string;
  dimension: Dimension;
  kind: QuestionKind;
  /** False for items like "I feel stressed" where a high value is bad; scoring normalises. */
  higherIsBetter: boolean;
  text: Localized;
  /** One label per scale point, low to high, read by screen readers next to the emoji. */
  labels: Localized<readonly string[]>;
}

/** Converts a raw answer to "higher is better" so rules compare like with like. */
export function normalisedValue(question: Pick<Question, "higherIsBetter">, raw: number): number {
  return question.higherIsBetter ? raw : SCALE_MAX + SCALE_MIN - raw;
}
