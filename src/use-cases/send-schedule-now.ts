import { classRoundId, sendNowRoundId, type Occurrence } from "../domain/schedule/occurrence.js";
import type { Actor } from "../domain/privacy/access.js";
import type { Schedule } from "../domain/schedule/schedule.js";
import { targetedClasses } from "../domain/schedule/target.js";
import { isRoundOpen, type Round } from "../domain/survey/round.js";
import { canManageSchedule, canSeeSchedule } from "./schedule-rules.js";
import { openInClasses, openScheduledRound, type ScheduledRoundDeps } from "./open-due-rounds.js";

export type SendNowResult =
  { ok: true; rounds: Round[]; roundId: string } | { ok: false; reason: "notFound" | "forbidden" };

/**
 * "Send now": a one-off round with the schedule's questions, delivery and window, opened at once (in each
 * targeted class for a school-wide schedule). Its id is the schedule plus the minute (plus the class), and a class
 * where the schedule already has an open round is left alone, so a double click opens nothing twice.
 */
export async function sendScheduleNow(
  deps: ScheduledRoundDeps,
  actor: Actor,
  scheduleId: string,
): Promise<SendNowResult> {
  const stored = await deps.stores.schedules.get(actor.tenantId, scheduleId);
  if (!stored || !canSeeSchedule(actor, stored.value)) return { ok: false, reason: "notFound" };
  if (!canManageSchedule(actor, stored.value)) return { ok: false, reason: "forbidden" };
  const schedule = stored.value;
  const now = deps.clock.now();
  const occurrence: Occurrence = {
    roundId: sendNowRoundId(scheduleId, now),
    date: now.toISOString().slice(0, 10),
    opensAt: now,
    closesAt: new Date(now.getTime() + schedule.openHours * 3_600_000),
  };
  if (schedule.target) {
    const classes = targetedClasses(schedule, await deps.stores.classes.list(actor.tenantId));
    const idle = [];
    for (const c of classes) if (!(await openRoundOf(deps, schedule, c.classId, now))) idle.push(c);
    const rounds = await openInClasses(deps, schedule, occurrence, idle);
    return { ok: true, rounds, roundId: occurrence.roundId };
  }
  const classId = schedule.classId ?? "";
  const open = await openRoundOf(deps, schedule, classId, now);
  if (open) return { ok: true, rounds: [], roundId: open.roundId };
  const round = await openScheduledRound(deps, schedule, occurrence);
  return { ok: true, rounds: round ? [round] : [], roundId: classRoundId(schedule, occurrence.roundId, classId) };
}

/** The class's latest round when it is this schedule's and still open: a second click lands here. */
async function openRoundOf(deps: ScheduledRoundDeps, schedule: Schedule, classId: string, now: Date) {
  const [latest] = await deps.stores.rounds.latest(schedule.tenantId, classId, 1);
  return latest && isRoundOpen(latest, now) && latest.origin === `schedule:${schedule.scheduleId}` ? latest : undefined;
}
