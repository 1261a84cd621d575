import type { FlagReason } from "./flag.js";
import type { StudentState } from "./student-state.js";
import type { Thresholds } from "./thresholds.js";

/**
 * Applies a closed round the student did not answer. Only rounds that reached the student count:
 * a failed or blocked delivery is our problem, not the student's silence.
 */
export function evaluateMissedRound(
  state: StudentState,
  roundId: string,
  closedAt: string,
  reached: boolean,
  thresholds: Thresholds,
): { state: StudentState; reasons: FlagReason[] } {
  if (!reached || state.countedRounds.includes(roundId)) return { state, reasons: [] };
  const missedInRow = state.missedInRow + 1;
  const next: StudentState = {
    ...state,
    missedInRow,
    quietRounds: 0,
    countedRounds: [...state.countedRounds, roundId].slice(-12),
  };
  const reasons: FlagReason[] =
    missedInRow >= thresholds.silenceRounds
      ? [{ kind: "silence", roundId, at: closedAt, missedRounds: missedInRow }]
      : [];
  return { state: next, reasons };
}
