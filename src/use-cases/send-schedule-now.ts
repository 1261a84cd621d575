import { sendNowRoundId, type Occurrence } from "../domain/schedule/occurrence.js";
import type { Actor } from "../domain/privacy/access.js";
import { isRoundOpen, type Round } from "../domain/survey/round.js";
import { canManageSchedules } from "./schedule-rules.js";
import { openScheduledRound, type ScheduledRoundDeps } from "./open-due-rounds.js";

/**
 * "Send now": a one-off round with the schedule's questions, delivery and window, opened at once. Its id is the
 * schedule plus the minute, and an open round of the schedule is returned as is, so a double click opens one.
 */
export async function sendScheduleNow(
  deps: ScheduledRoundDeps,
  actor: Actor,
  scheduleId: string,
): Promise<{ ok: true; round: Round | undefined; roundId: string } | { ok: false; reason: "notFound" }> {
  const stored = await deps.stores.schedules.get(actor.tenantId, scheduleId);
  if (!stored || !canManageSchedules(actor, stored.value.classId)) return { ok: false, reason: "notFound" };
  const now = deps.clock.now();
  // A second click while its round is still open opens nothing new, whatever minute it lands in.
  const [latest] = await deps.stores.rounds.latest(actor.tenantId, stored.value.classId, 1);
  if (latest && isRoundOpen(latest, now) && latest.origin === `schedule:${scheduleId}`)
    return { ok: true, round: undefined, roundId: latest.roundId };
  const occurrence: Occurrence = {
    roundId: sendNowRoundId(scheduleId, now),
    date: now.toISOString().slice(0, 10),
    opensAt: now,
    closesAt: new Date(now.getTime() + stored.value.openHours * 3_600_000),
  };
  const round = await openScheduledRound(deps, stored.value, occurrence);
  return { ok: true, round, roundId: occurrence.roundId };
}
