import type { Answer } from "../domain/survey/answer.js";
import type { Question } from "../domain/survey/question.js";
import { normalisedValue } from "../domain/survey/question.js";

/** One student's mean over a round's 5-point items, "higher is better"; undefined when they answered none. */
export function wellbeingScore(answer: Answer, questions: readonly Question[]): number | undefined {
  const values = questions
    .filter((q) => q.kind === "scale5" && answer.values[q.id] !== undefined)
    .map((q) => normalisedValue(q, answer.values[q.id] ?? 0));
  if (values.length === 0) return undefined;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Mean of per-student scores, two decimals; callers guard it with k-anonymity and the differencing rules. */
export function meanOf(values: readonly number[]): number {
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
}
