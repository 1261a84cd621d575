import type { Answer } from "../survey/answer.js";
import { normalisedValue, type Dimension, type Question } from "../survey/question.js";
import type { FlagReason } from "./flag.js";
import { RECENT_VALUES_KEPT, type StudentState } from "./student-state.js";
import type { Thresholds } from "./thresholds.js";

/** Rounds remembered as counted; far more than one term of weekly rounds would replay. */
const COUNTED_ROUNDS_KEPT = 12;

export interface Evaluation {
  state: StudentState;
  reasons: FlagReason[];
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * Applies one answer to a student's state and returns the reasons it raises. Pure.
 * A changed answer for an already counted round updates nothing but the reasons, so baselines never double count.
 */
export function evaluateAnswer(
  state: StudentState,
  answer: Answer,
  questions: readonly Question[],
  thresholds: Thresholds,
): Evaluation {
  const reasons: FlagReason[] = [];
  const base = { roundId: answer.roundId, at: answer.answeredAt };
  const alreadyCounted = state.countedRounds.includes(answer.roundId);
  const recent: Partial<Record<Dimension, number[]>> = { ...state.recent };
  const roundValues: number[] = [];

  for (const question of questions) {
    const raw = answer.values[question.id];
    if (raw === undefined) continue;
    const value = normalisedValue(question, raw);
    roundValues.push(value);
    const earlier = state.recent[question.dimension] ?? [];
    if (question.dimension === "dropoutThoughts" && value <= thresholds.lowScore) {
      reasons.push({ ...base, kind: "dropoutThoughts", dimension: question.dimension, value });
    } else if (value <= thresholds.lowScore) {
      reasons.push({ ...base, kind: "lowScore", dimension: question.dimension, value });
    } else if (earlier.length >= thresholds.baselineMinAnswers) {
      const baseline = mean(earlier);
      if (baseline - value >= thresholds.dropBelowBaseline) {
        reasons.push({ ...base, kind: "drop", dimension: question.dimension, value, baseline: round1(baseline) });
      }
    }
    if (!alreadyCounted) recent[question.dimension] = [...earlier, value].slice(-RECENT_VALUES_KEPT);
  }
  if (answer.help) reasons.push({ ...base, kind: "helpRequest", helpTarget: answer.help.target });

  if (alreadyCounted) return { state, reasons };
  const trend = roundValues.length > 0 ? [...state.trend, round1(mean(roundValues))] : state.trend;
  return {
    state: {
      ...state,
      recent,
      trend: trend.slice(-RECENT_VALUES_KEPT),
      missedInRow: 0,
      lastAnsweredAt: answer.answeredAt,
      countedRounds: [...state.countedRounds, answer.roundId].slice(-COUNTED_ROUNDS_KEPT),
    },
    reasons,
  };
}
