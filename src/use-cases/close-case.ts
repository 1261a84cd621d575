import type { CaseOutcome } from "../domain/action-cards/case.js";
import type { Locale } from "../domain/locale.js";
import type { Actor } from "../domain/privacy/access.js";
import { meanOfLast } from "./case-detail.js";
import { changeCase, type ChangeCaseDeps, type ChangeCaseResult } from "./change-case.js";

/** Same window as "the score before" in assign-action-card.ts, so before and after compare like with like. */
const SCORE_ROUNDS = 3;

/**
 * Closes a case with an outcome and records the student's recent mean as "the score after", so the case shows
 * before and after side by side and the coordinator's card-effect figures can use it.
 */
export async function closeCase(
  deps: ChangeCaseDeps,
  actor: Actor,
  input: { studentId: string; caseId: string; etag: string; outcome: CaseOutcome },
  locale: Locale,
): Promise<ChangeCaseResult> {
  return changeCase(
    deps,
    actor,
    input,
    locale,
    async ({ current, now }) => {
      if (current.status === "closed") return "closed";
      const state = await deps.stores.studentStates.get(actor.tenantId, current.classId, current.studentId);
      const after = meanOfLast(state?.value.trend ?? [], SCORE_ROUNDS);
      return {
        ...current,
        status: "closed",
        outcome: input.outcome,
        closedAt: now,
        ...(after !== undefined ? { scoreAfter: after } : {}),
      };
    },
    "caseClosed",
  );
}
