import { CADENCE_WEEKS } from "../survey/question-sets.js";
import { isoWeekIndex, isoWeekOf, weeklyRoundId } from "../survey/rotation.js";
import type { Schedule, ScheduleInput } from "./schedule.js";
import { addDays, localDate, localParts, weekdayOf, zonedToUtc } from "./zoned-time.js";

const HOUR_MS = 3_600_000;

/** One round a schedule asks for: its id derives from schedule + ISO week, so every instance computes the same. */
export interface Occurrence {
  roundId: string;
  /** The local date it opens on, in the schedule's zone. */
  date: string;
  opensAt: Date;
  closesAt: Date;
}

/** The ISO week of a local date, taken at noon UTC so the zone cannot move it to a neighbouring day. */
function weekOfDate(date: string) {
  return isoWeekOf(new Date(`${date}T12:00:00Z`));
}

/** Fortnightly schedules run in the weeks of the same parity as the term's first week. */
function inCadence(schedule: Pick<Schedule, "cadence" | "term">, date: string): boolean {
  const weeks = CADENCE_WEEKS[schedule.cadence];
  const delta = isoWeekIndex(weekOfDate(date)) - isoWeekIndex(weekOfDate(schedule.term.from));
  return ((delta % weeks) + weeks) % weeks === 0;
}

/** A local date the schedule would run on is skipped outside the term and on holidays. */
function isTermDay(schedule: Pick<Schedule, "term" | "holidays">, date: string): boolean {
  if (date < schedule.term.from || date > schedule.term.to) return false;
  return !schedule.holidays.some((h) => date >= h.from && date <= h.to);
}

export function occurrenceOn(schedule: Schedule, date: string): Occurrence {
  const opensAt = zonedToUtc(date, schedule.time, schedule.timeZone);
  return {
    roundId: weeklyRoundId(schedule.scheduleId, weekOfDate(date)),
    date,
    opensAt,
    closesAt: new Date(opensAt.getTime() + schedule.openHours * HOUR_MS),
  };
}

/**
 * The occurrence whose window contains `now`, if any: the latest one that opened at or before `now` and has not
 * closed. Paused schedules, holidays and days outside the term have none.
 */
export function currentOccurrence(schedule: Schedule, now: Date): Occurrence | undefined {
  if (schedule.paused) return undefined;
  const today = localDate(now.getTime(), schedule.timeZone);
  const back = (weekdayOf(today) - schedule.weekday + 7) % 7;
  // Windows never exceed the cadence (validation), so only the last cadence's worth of candidates can be open.
  for (let k = 0; k <= CADENCE_WEEKS[schedule.cadence]; k++) {
    const date = addDays(today, -back - 7 * k);
    const occurrence = occurrenceOn(schedule, date);
    if (occurrence.opensAt.getTime() > now.getTime()) continue;
    if (!inCadence(schedule, date)) continue;
    if (!isTermDay(schedule, date)) return undefined;
    return now.getTime() < occurrence.closesAt.getTime() ? occurrence : undefined;
  }
  return undefined;
}

/** The next occurrence opening after `after` (for the editor's "next round" line); none after the term. */
export function nextOccurrence(schedule: Schedule, after: Date): Occurrence | undefined {
  let date = localDate(after.getTime(), schedule.timeZone);
  if (date < schedule.term.from) date = schedule.term.from;
  while (date <= schedule.term.to) {
    if (weekdayOf(date) === schedule.weekday && inCadence(schedule, date) && isTermDay(schedule, date)) {
      const occurrence = occurrenceOn(schedule, date);
      if (occurrence.opensAt.getTime() > after.getTime()) return occurrence;
    }
    date = addDays(date, 1);
  }
  return undefined;
}

/** The id of a "send now" round: schedule + the minute it was asked for, so a double click opens one round. */
export function sendNowRoundId(scheduleId: string, now: Date): string {
  return `${scheduleId}:now-${now.toISOString().slice(0, 16)}`;
}

/** A term spans a school year; ten years of weeks bounds the walk below for any term a form can hold. */
const MAX_WEEKS_CHECKED = 520;

/**
 * The first date the schedule would run on whose local time does not exist there (skipped by the spring change:
 * 02:30 on the last Sunday of March in Copenhagen), or undefined. Such a schedule is refused rather than silently
 * moved, so a teacher never gets a round at a time they did not choose.
 */
export function skippedOccurrenceDate(
  schedule: Pick<ScheduleInput, "cadence" | "term" | "holidays" | "weekday" | "time" | "timeZone">,
): string | undefined {
  let date = addDays(schedule.term.from, (schedule.weekday - weekdayOf(schedule.term.from) + 7) % 7);
  for (let i = 0; i < MAX_WEEKS_CHECKED && date <= schedule.term.to; i++, date = addDays(date, 7)) {
    if (!inCadence(schedule, date) || !isTermDay(schedule, date)) continue;
    const at = zonedToUtc(date, schedule.time, schedule.timeZone).getTime();
    const local = localParts(at, schedule.timeZone);
    const hhmm = `${String(local.hour).padStart(2, "0")}:${String(local.minute).padStart(2, "0")}`;
    if (localDate(at, schedule.timeZone) !== date || hhmm !== schedule.time) return date;
  }
  return undefined;
}

/**
 * The round id of an occurrence in one class. A class schedule's rounds keep the occurrence's id; a school-wide
 * schedule's add the class after the schedule ("sch-1:class-7:2026-W48"), so every instance names each class's
 * round the same and RoundStore.create lets one of them create it.
 */
export function classRoundId(schedule: Pick<Schedule, "scheduleId" | "target">, roundId: string, classId: string) {
  if (!schedule.target) return roundId;
  return `${schedule.scheduleId}:${classId}:${roundId.slice(schedule.scheduleId.length + 1)}`;
}
