/**
 * Per-school rule settings. The defaults start from DESIGN §3 and were tuned with the cohort simulator
 * (`npm run eval:flags`, synthetic data) to catch >= 80% of declines >= 2 weeks early with <= 2 false alarms per
 * mentor per week: a single noisy item must not flag on its own unless it is at the very bottom of the scale.
 */
export interface Thresholds {
  /** A 5-point item at or below this is "low" (DESIGN §3: <= 2). */
  lowScore: number;
  /** An item at or below this flags on its own; a low item above it needs confirmation (see evaluate-answer). */
  lowScoreAlone: number;
  /** A drop this far below the personal baseline on an item (DESIGN §3: >= 1.0). */
  dropBelowBaseline: number;
  /** ...and the whole round's mean this far below the baseline means, so one noisy item is not a drop. */
  roundDropBelowBaseline: number;
  /** Earlier answers needed before a baseline counts (DESIGN §3: 3). */
  baselineMinAnswers: number;
  /** Delivered rounds unanswered in a row before "silence" (DESIGN §3: 2). */
  silenceRounds: number;
  /** Rounds without any reason before an open flag resolves by itself. */
  resolveAfterGoodRounds: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  lowScore: 2,
  lowScoreAlone: 1,
  dropBelowBaseline: 1.0,
  roundDropBelowBaseline: 0.7,
  baselineMinAnswers: 3,
  silenceRounds: 2,
  resolveAfterGoodRounds: 3,
};
