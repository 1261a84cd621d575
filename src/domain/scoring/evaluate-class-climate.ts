import type { Dimension } from "../survey/question.js";

/** One closed round of a class, as aggregates only: no student ids ever enter this function. */
export interface ClassRoundAggregate {
  roundId: string;
  respondents: number;
  /** Mean normalised value (higher is better) per dimension, over the round's respondents. */
  means: Partial<Record<Dimension, number>>;
}

/** A class dimension that fell against the class's own baseline, for the class's teachers. */
export interface ClassClimateSignal {
  dimension: Dimension;
  roundId: string;
  value: number;
  baseline: number;
  respondents: number;
}

export interface ClimateThresholds {
  /** DESIGN §6: teachers see aggregates only with at least 5 respondents; fewer could identify a student. */
  minRespondents: number;
  /** Earlier qualifying rounds needed for a class baseline (as for students, DESIGN §3: 3). */
  baselineMinRounds: number;
  /**
   * How far the class mean must fall below its baseline. A class mean moves far less than one student's answer
   * (it averages many), so 0.5 on a 5-point scale is already a large shift for a class.
   */
  dropBelowBaseline: number;
}

export const DEFAULT_CLIMATE_THRESHOLDS: ClimateThresholds = {
  minRespondents: 5,
  baselineMinRounds: 3,
  dropBelowBaseline: 0.5,
};

const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * Class climate: for the latest round (last in `rounds`, oldest first), each dimension whose class mean is at least
 * `dropBelowBaseline` below the mean of the class's earlier rounds. Rounds with fewer than `minRespondents` are
 * ignored entirely, both as the latest round and in the baseline, so nothing is ever reported about a small group.
 * Pure and total: odd input (no rounds, NaN means, unknown dimensions) yields no signals rather than an error.
 */
export function evaluateClassClimate(
  rounds: readonly ClassRoundAggregate[],
  thresholds: ClimateThresholds = DEFAULT_CLIMATE_THRESHOLDS,
): ClassClimateSignal[] {
  const qualifying = rounds.filter((r) => r.respondents >= thresholds.minRespondents);
  const latest = rounds[rounds.length - 1];
  if (!latest || qualifying[qualifying.length - 1] !== latest) return [];
  const earlier = qualifying.slice(0, -1);
  const signals: ClassClimateSignal[] = [];
  for (const [dimension, value] of Object.entries(latest.means) as Array<[Dimension, number | undefined]>) {
    if (value === undefined || !Number.isFinite(value)) continue;
    const history = earlier.map((r) => r.means[dimension]).filter((v): v is number => Number.isFinite(v));
    if (history.length < thresholds.baselineMinRounds) continue;
    const baseline = history.reduce((a, b) => a + b, 0) / history.length;
    if (baseline - value >= thresholds.dropBelowBaseline) {
      signals.push({
        dimension,
        roundId: latest.roundId,
        value: round1(value),
        baseline: round1(baseline),
        respondents: latest.respondents,
      });
    }
  }
  return signals;
}
