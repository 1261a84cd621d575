import type { ClassOverviewResponse } from "../../http/api/schemas/classes.js";

type Dimension = ClassOverviewResponse["rounds"][number]["questions"][number]["dimension"];

/**
 * The class chart's lines: per dimension, the mean of the round's shown question means, oldest round first. Built
 * only from means the API already shows (k >= 5, closed rounds), so the chart reveals nothing the table does not.
 */
export function classTrend(rounds: ClassOverviewResponse["rounds"]) {
  const byDimension = new Map<Dimension, Array<{ at: string; value: number }>>();
  for (const round of [...rounds].sort((a, b) => a.opensAt.localeCompare(b.opensAt))) {
    const means = new Map<Dimension, number[]>();
    for (const q of round.questions) {
      if (q.mean === null) continue;
      means.set(q.dimension, [...(means.get(q.dimension) ?? []), q.mean]);
    }
    for (const [dimension, values] of means) {
      const value = Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
      byDimension.set(dimension, [...(byDimension.get(dimension) ?? []), { at: round.opensAt, value }]);
    }
  }
  return [...byDimension].map(([dimension, points]) => ({ dimension, points }));
}
