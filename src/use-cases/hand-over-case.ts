import type { Locale } from "../domain/locale.js";
import { canOwnCase, type Actor } from "../domain/privacy/access.js";
import { changeCase, type ChangeCaseDeps, type ChangeCaseResult } from "./change-case.js";

/**
 * Hands a case to another of the student's support staff (counsellor, SPS, study guidance, coach...). The new
 * owner gets a bot notification through the queue, keyed by case and hand-over time so a retry never notifies
 * twice but a later hand-back does notify again.
 */
export async function handOverCase(
  deps: ChangeCaseDeps,
  actor: Actor,
  input: { studentId: string; caseId: string; etag: string; ownerId: string },
  locale: Locale,
): Promise<ChangeCaseResult> {
  let at = "";
  const result = await changeCase(
    deps,
    actor,
    input,
    locale,
    ({ current, supportStaff, now }) => {
      if (current.status === "closed") return "closed";
      if (
        !canOwnCase(
          input.ownerId,
          supportStaff.map((m) => m.mentorId),
        )
      )
        return "ownerNotAllowed";
      at = now;
      return { ...current, ownerId: input.ownerId };
    },
    "caseHandedOver",
  );
  if (result.ok && at) {
    await deps.queues.notifications.enqueue({
      kind: "caseAssigned",
      key: `caseAssigned:${input.caseId}:${input.ownerId}:${at}`,
      tenantId: actor.tenantId,
      studentId: input.studentId,
      caseId: input.caseId,
      ownerId: input.ownerId,
    });
  }
  return result;
}
