import type { Answer } from "../domain/survey/answer.js";
import { findQuestion } from "../domain/survey/items/index.js";
import { normalisedValue, type Dimension } from "../domain/survey/question.js";

/** One line of the student page's trend chart: a dimension's value per answered round, oldest first. */
export interface DimensionSeries {
  dimension: Dimension;
  points: Array<{ at: string; value: number }>;
}

/**
 * Turns answer history into one series per dimension on the 1-5 "higher is better" scale, so every line of the
 * chart reads the same way up. Yes/no and choice items are left out: they have no place on a 1-5 line.
 */
export function dimensionSeries(answers: readonly Answer[]): DimensionSeries[] {
  const series = new Map<Dimension, Array<{ at: string; value: number }>>();
  const oldestFirst = [...answers].sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
  for (const answer of oldestFirst) {
    const perDimension = new Map<Dimension, number[]>();
    for (const [questionId, raw] of Object.entries(answer.values)) {
      const question = findQuestion(questionId);
      if (!question || question.kind !== "scale5") continue;
      const list = perDimension.get(question.dimension) ?? [];
      list.push(normalisedValue(question, raw));
      perDimension.set(question.dimension, list);
    }
    for (const [dimension, values] of perDimension) {
      const value = Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
      const points = series.get(dimension) ?? [];
      points.push({ at: answer.answeredAt, value });
      series.set(dimension, points);
    }
  }
  return [...series].map(([dimension, points]) => ({ dimension, points }));
}
