import type { Answer } from "../survey/answer.js";
import { normalisedValue, type Dimension, type Question } from "../survey/question.js";
import type { FlagReason } from "./flag.js";
import { RECENT_VALUES_KEPT, type StudentState } from "./student-state.js";
import type { Thresholds } from "./thresholds.js";

/** Rounds remembered as counted; more than a term of weekly rounds could ever replay. */
const COUNTED_ROUNDS_KEPT = 12;

export interface Evaluation {
  state: StudentState;
  reasons: FlagReason[];
}

interface ItemValue {
  dimension: Dimension;
  value: number;
  earlier: number[];
}

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * Applies one answer to a student's state and returns the reasons it raises. Pure, and reads only the state row.
 * A low item flags alone at the bottom of the scale; otherwise it needs confirmation (the same dimension was low
 * last time, or the whole round is low), because one noisy tap should not alarm a mentor. A drop needs the item and
 * the round as a whole to fall below the student's own baseline. A changed answer for an already counted round
 * re-evaluates reasons without counting the round into the baseline twice.
 */
export function evaluateAnswer(
  state: StudentState,
  answer: Answer,
  questions: readonly Question[],
  thresholds: Thresholds,
): Evaluation {
  const base = { roundId: answer.roundId, at: answer.answeredAt };
  const alreadyCounted = state.countedRounds.includes(answer.roundId);
  const items: ItemValue[] = [];
  for (const question of questions) {
    const raw = answer.values[question.id];
    if (raw === undefined) continue;
    const earlier = state.recent[question.dimension] ?? [];
    // When re-evaluating a counted round, its own value is the last one kept: leave it out of the baseline.
    const history = alreadyCounted ? earlier.slice(0, -1) : earlier;
    items.push({ dimension: question.dimension, value: normalisedValue(question, raw), earlier: history });
  }

  const reasons = [...lowAndDropReasons(items, thresholds, base)];
  if (answer.help) reasons.push({ ...base, kind: "helpRequest", helpTarget: answer.help.target });
  if (alreadyCounted) return { state, reasons };

  const recent: Partial<Record<Dimension, number[]>> = { ...state.recent };
  for (const item of items) recent[item.dimension] = [...item.earlier, item.value].slice(-RECENT_VALUES_KEPT);
  const trend = items.length > 0 ? [...state.trend, round1(mean(items.map((i) => i.value)))] : state.trend;
  return {
    state: {
      ...state,
      recent,
      trend: trend.slice(-RECENT_VALUES_KEPT),
      missedInRow: 0,
      quietRounds: reasons.length === 0 ? (state.quietRounds ?? 0) + 1 : 0,
      lastAnsweredAt: answer.answeredAt,
      countedRounds: [...state.countedRounds, answer.roundId].slice(-COUNTED_ROUNDS_KEPT),
    },
    reasons,
  };
}

function* lowAndDropReasons(
  items: readonly ItemValue[],
  thresholds: Thresholds,
  base: { roundId: string; at: string },
): Generator<FlagReason> {
  if (items.length === 0) return;
  const roundMean = mean(items.map((i) => i.value));
  const withBaseline = items.filter((i) => i.earlier.length >= thresholds.baselineMinAnswers);
  const roundDrop = withBaseline.length
    ? mean(withBaseline.map((i) => mean(i.earlier) - i.value))
    : Number.NEGATIVE_INFINITY;

  for (const item of items) {
    const { dimension, value, earlier } = item;
    const isLow = value <= thresholds.lowScore;
    const lowConfirmed =
      value <= thresholds.lowScoreAlone ||
      (earlier.length > 0 && earlier[earlier.length - 1]! <= thresholds.lowScore) ||
      roundMean <= thresholds.lowScore + 0.5;
    if (dimension === "dropoutThoughts" && isLow) {
      // Thoughts of dropping out are always worth a conversation: no confirmation needed.
      yield { ...base, kind: "dropoutThoughts", dimension, value };
    } else if (isLow && lowConfirmed) {
      yield { ...base, kind: "lowScore", dimension, value };
    } else if (earlier.length >= thresholds.baselineMinAnswers) {
      const baseline = mean(earlier);
      if (baseline - value >= thresholds.dropBelowBaseline && roundDrop >= thresholds.roundDropBelowBaseline) {
        yield { ...base, kind: "drop", dimension, value, baseline: round1(baseline) };
      }
    }
  }
}
