import type { Answer } from "../domain/survey/answer.js";
import { isRoundOpen, type Round } from "../domain/survey/round.js";
import type { Clock } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";
import { DEFAULT_TIME_ZONE } from "./install-in-team.js";

export type ReopenAnswerFormResult =
  | { ok: true; round: Round; answer: Answer | undefined; className: string; timeZone: string }
  | { ok: false; reason: "roundNotFound" | "notStudent" | "roundClosed" };

/**
 * A student wants to change their answers: the survey again, prefilled with what they sent, while the round is
 * open and only for a student of its class (the same checks as record-answer).
 */
export async function reopenAnswerForm(
  deps: { stores: Pick<Stores, "rounds" | "members" | "answers" | "classes">; clock: Clock },
  input: { tenantId: string; classId: string; roundId: string; studentId: string },
): Promise<ReopenAnswerFormResult> {
  const { stores } = deps;
  const round = await stores.rounds.get(input.tenantId, input.classId, input.roundId);
  if (!round) return { ok: false, reason: "roundNotFound" };
  const member = await stores.members.get(input.tenantId, round.classId, input.studentId);
  if (member?.role !== "student") return { ok: false, reason: "notStudent" };
  if (!isRoundOpen(round, deps.clock.now())) return { ok: false, reason: "roundClosed" };
  const [answer, schoolClass] = await Promise.all([
    stores.answers.get(input.tenantId, round.roundId, input.studentId),
    stores.classes.get(input.tenantId, round.classId),
  ]);
  return {
    ok: true,
    round,
    answer,
    className: schoolClass?.name ?? "",
    timeZone: schoolClass?.timeZone ?? DEFAULT_TIME_ZONE,
  };
}
