/** Per-school rule settings; the defaults are DESIGN §3's. */
export interface Thresholds {
  /** A 5-point item at or below this is "low". */
  lowScore: number;
  /** A drop this far below the personal baseline flags. */
  dropBelowBaseline: number;
  /** Earlier answers needed before a baseline counts. */
  baselineMinAnswers: number;
  /** Delivered rounds unanswered in a row before "silence". */
  silenceRounds: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  lowScore: 2,
  dropBelowBaseline: 1.0,
  baselineMinAnswers: 3,
  silenceRounds: 2,
};
