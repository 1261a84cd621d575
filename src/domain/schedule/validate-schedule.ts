import { CADENCE_WEEKS } from "../survey/question-sets.js";
import { isoWeekIndex, isoWeekOf } from "../survey/rotation.js";
import { SCHEDULE_TIME_ZONES, type Schedule, type ScheduleInput } from "./schedule.js";
import { isCalendarDate, isClockTime } from "./zoned-time.js";

/** A refusal the tab shows as a localized message (i18n key `schedule.problem.<code>`). */
export type ScheduleProblemCode =
  | "invalidTime"
  | "invalidWeekday"
  | "invalidZone"
  | "invalidDate"
  | "termEndsBeforeStart"
  | "windowTooShort"
  | "windowLongerThanCadence"
  | "unknownQuestionSet"
  | "overlapsSchedule";

export interface ScheduleProblem {
  field: keyof ScheduleInput;
  code: ScheduleProblemCode;
}

/** A round needs at least an hour to be answerable during a school day. */
export const MIN_OPEN_HOURS = 1;
const WEEK_MINUTES = 7 * 24 * 60;

/**
 * Checks a schedule before it is stored: real times and dates, a known zone and question set, a window no longer
 * than the cadence (else rounds of one schedule would overlap), and no overlap with the class's other schedules.
 */
export function validateSchedule(
  input: ScheduleInput,
  context: { questionSetIds: readonly string[]; otherSchedules: readonly Schedule[] },
): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  if (!isClockTime(input.time)) problems.push({ field: "time", code: "invalidTime" });
  if (!Number.isInteger(input.weekday) || input.weekday < 1 || input.weekday > 7)
    problems.push({ field: "weekday", code: "invalidWeekday" });
  if (!(SCHEDULE_TIME_ZONES as readonly string[]).includes(input.timeZone))
    problems.push({ field: "timeZone", code: "invalidZone" });
  const dates = [input.term.from, input.term.to, ...input.holidays.flatMap((h) => [h.from, h.to])];
  if (!dates.every(isCalendarDate)) problems.push({ field: "term", code: "invalidDate" });
  else if (input.term.to < input.term.from || input.holidays.some((h) => h.to < h.from))
    problems.push({ field: "term", code: "termEndsBeforeStart" });
  if (!(input.openHours >= MIN_OPEN_HOURS)) problems.push({ field: "openHours", code: "windowTooShort" });
  else if (input.openHours * 60 > WEEK_MINUTES * CADENCE_WEEKS[input.cadence])
    problems.push({ field: "openHours", code: "windowLongerThanCadence" });
  if (!context.questionSetIds.includes(input.questionSetId))
    problems.push({ field: "questionSetId", code: "unknownQuestionSet" });
  if (problems.length === 0 && context.otherSchedules.some((other) => overlaps(input, other)))
    problems.push({ field: "time", code: "overlapsSchedule" });
  return problems;
}

/**
 * Two schedules of a class overlap when their terms meet and some round windows meet on the two-week ring (weekly
 * schedules run in both week parities, fortnightly ones in their term's parity). Zones are taken as equal: a
 * class has one.
 */
function overlaps(a: ScheduleInput, b: Schedule): boolean {
  if (a.term.to < b.term.from || b.term.to < a.term.from) return false;
  const ring = 2 * WEEK_MINUTES;
  const windows = (s: ScheduleInput) => {
    const [hh, mm] = s.time.split(":").map(Number) as [number, number];
    const start = (s.weekday - 1) * 24 * 60 + hh * 60 + mm;
    const parities =
      s.cadence === "weekly" ? [0, 1] : [isoWeekIndex(isoWeekOf(new Date(`${s.term.from}T12:00:00Z`))) % 2];
    return parities.map((p) => [p * WEEK_MINUTES + start, p * WEEK_MINUTES + start + s.openHours * 60] as const);
  };
  for (const [s1, e1] of windows(a))
    for (const [s2, e2] of windows(b))
      for (const shift of [-ring, 0, ring]) if (s1 < e2 + shift && s2 + shift < e1) return true;
  return false;
}
