import type { Answer } from "../domain/survey/answer.js";
import { isRoundOpen, type Round } from "../domain/survey/round.js";
import type { Clock } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";
import { DEFAULT_TIME_ZONE } from "./install-in-team.js";

/** One student's own state of a round; never anyone else's answer. */
export type SurveyState =
  | { ok: true; state: "notYet"; round: Round; className: string; timeZone: string }
  | { ok: true; state: "answered"; round: Round; answer: Answer; open: boolean; className: string; timeZone: string }
  | { ok: true; state: "closed"; round: Round; className: string; timeZone: string }
  | { ok: false; reason: "roundNotFound" | "notStudent" };

/**
 * Teams asks, per student, for their own view of a channel survey (user-specific refresh): the survey if they
 * have not answered, their own answer (changeable while open) if they have, or "closed". Three point reads; the
 * student comes from the authenticated activity, the round from card data, so a foreign round is "notStudent".
 */
export async function refreshSurveyCard(
  deps: { stores: Pick<Stores, "rounds" | "members" | "answers" | "classes">; clock: Clock },
  input: { tenantId: string; classId: string; roundId: string; studentId: string },
): Promise<SurveyState> {
  const { stores } = deps;
  const round = await stores.rounds.get(input.tenantId, input.classId, input.roundId);
  if (!round) return { ok: false, reason: "roundNotFound" };
  const [member, answer, schoolClass] = await Promise.all([
    stores.members.get(input.tenantId, round.classId, input.studentId),
    stores.answers.get(input.tenantId, round.roundId, input.studentId),
    stores.classes.get(input.tenantId, round.classId),
  ]);
  if (member?.role !== "student") return { ok: false, reason: "notStudent" };
  const base = { round, className: schoolClass?.name ?? "", timeZone: schoolClass?.timeZone ?? DEFAULT_TIME_ZONE };
  const open = isRoundOpen(round, deps.clock.now());
  if (answer) return { ok: true, state: "answered", answer, open, ...base };
  return { ok: true, state: open ? "notYet" : "closed", ...base };
}
