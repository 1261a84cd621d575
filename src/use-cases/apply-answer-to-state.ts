import type { Flag, FlagReason } from "../domain/scoring/flag.js";
import { evaluateAnswer } from "../domain/scoring/evaluate-answer.js";
import { mergeFlag, resolveIfQuiet } from "../domain/scoring/merge-flag.js";
import { emptyStudentState, type StudentState } from "../domain/scoring/student-state.js";
import type { Thresholds } from "../domain/scoring/thresholds.js";
import type { Answer } from "../domain/survey/answer.js";
import type { Round } from "../domain/survey/round.js";
import { ConcurrentChangeError, type Versioned } from "../ports/case-stores.js";
import type { IdGenerator } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";

/**
 * Attempts against concurrent changes of one student's rows. Conflicts only come from the same student's
 * simultaneous answers (or a mentor acting on the flag at that moment), so a few attempts are plenty.
 */
const MAX_ATTEMPTS = 5;

export interface FlagOutcome {
  flag: Flag | undefined;
  /** True when mentors should hear about it: a new flag, or a new reason on the open one. */
  isNews: boolean;
  /** The reasons this answer added to the flag, and its severity before (0 when new): for routing the news. */
  fresh: FlagReason[];
  previousSeverity: number;
}

/**
 * Applies a stored answer to the student's state row and open flag, each write carrying its ETag (DESIGN §4).
 * The state row is written first and names the flag id, so a retry after a crash reuses that id rather than
 * opening a second flag. Idempotent: a replayed answer counts once and is never news twice.
 */
export async function applyAnswerToState(
  deps: { stores: Pick<Stores, "studentStates" | "flags">; ids: IdGenerator; thresholds: Thresholds },
  round: Round,
  answer: Answer,
  studentName: string,
  /** The state row as read beside the answer write; the first attempt uses it instead of reading again. */
  prefetched?: { read: Versioned<StudentState> | undefined },
  /**
   * Called once, before the first write, when the answer raises reasons (likely news for the mentors), so the
   * caller can start reading who to tell beside the writes instead of after them.
   */
  onReasons?: () => void,
): Promise<FlagOutcome> {
  const { stores } = deps;
  const { tenantId, classId, studentId } = answer;
  for (let attempt = 1; ; attempt++) {
    const read =
      attempt === 1 && prefetched ? prefetched.read : await stores.studentStates.get(tenantId, classId, studentId);
    const state = read?.value ?? emptyStudentState(tenantId, classId, studentId, studentName);
    const evaluation = evaluateAnswer(state, answer, round.questions, deps.thresholds);
    if (attempt === 1 && evaluation.reasons.length > 0) onReasons?.();
    const current = state.flagId ? await stores.flags.get(tenantId, studentId, state.flagId) : undefined;
    // A flag id named by the state row but never written (a crash in between) is reused, not replaced.
    const newFlagId = !current && state.flagId ? state.flagId : deps.ids.next();
    const ids = { tenantId, classId, studentId, newFlagId };
    const change = mergeFlag(current?.value, evaluation.reasons, ids, answer.answeredAt);
    const resolved = change
      ? undefined
      : resolveIfQuiet(current?.value, evaluation.state, deps.thresholds, answer.answeredAt);
    const changedFlag = change && change.flag !== current?.value ? change.flag : resolved;
    const nextState = changedFlag ? { ...evaluation.state, flagId: changedFlag.flagId } : evaluation.state;
    try {
      await stores.studentStates.put(nextState, read?.etag);
      if (changedFlag) {
        const sameRow = current && current.value.flagId === changedFlag.flagId;
        await stores.flags.put(changedFlag, sameRow ? current.etag : undefined);
      }
      return {
        flag: change?.flag ?? resolved,
        isNews: change?.isNews ?? false,
        fresh: change?.fresh ?? [],
        previousSeverity: change?.previousSeverity ?? current?.value.severity ?? 0,
      };
    } catch (error) {
      if (!(error instanceof ConcurrentChangeError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
