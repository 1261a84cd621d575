import { CADENCE_WEEKS } from "../survey/question-sets.js";
import { isoWeekIndex, isoWeekOf } from "../survey/rotation.js";
import { SCHEDULE_TIME_ZONES, type Schedule, type ScheduleInput } from "./schedule.js";
import { skippedOccurrenceDate } from "./occurrence.js";
import { isSchoolWide } from "./target.js";
import { isCalendarDate, isClockTime, offsetAt } from "./zoned-time.js";

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
  | "overlapsSchedule"
  | "overlapsSchoolSchedule"
  | "overlapsClassSchedule"
  | "timeSkippedByClockChange"
  | "invalidTarget";

export interface ScheduleProblem {
  field: keyof ScheduleInput;
  code: ScheduleProblemCode;
}

/** A round needs at least an hour to be answerable during a school day. */
export const MIN_OPEN_HOURS = 1;
const WEEK_MINUTES = 7 * 24 * 60;
/**
 * A chosen class list: a whole region has 250 classes today (issue 4), and 500 GUIDs (~20,000 characters of JSON)
 * stay within one table cell (row-codec.ts MAX_STRING_CHARS). A programme name is a short label.
 */
const MAX_TARGET_CLASSES = 500;
const MAX_PROGRAMME_CHARS = 200;

/**
 * Checks a schedule before it is stored: real times and dates, a known zone and question set, a window no longer
 * than the cadence (else rounds of one schedule would overlap), a time that exists on every day it runs (not in a
 * spring-forward gap), a class or a well-formed school-wide target, and no overlap with the schedules that reach
 * the same classes (`otherSchedules`: the caller passes only those).
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
  const targetProblem = checkTarget(input);
  if (targetProblem) problems.push(targetProblem);
  if (problems.length === 0 && skippedOccurrenceDate(input) !== undefined)
    problems.push({ field: "time", code: "timeSkippedByClockChange" });
  const clash = problems.length === 0 ? context.otherSchedules.find((other) => overlaps(input, other)) : undefined;
  if (clash) problems.push({ field: "time", code: overlapCode(input, clash) });
  return problems;
}

/** Names the kind of schedule a new one clashes with, so the message says where to look. */
function overlapCode(input: ScheduleInput, other: Schedule): ScheduleProblemCode {
  if (isSchoolWide(other)) return "overlapsSchoolSchedule";
  return isSchoolWide(input) ? "overlapsClassSchedule" : "overlapsSchedule";
}

/** Exactly one of a class or a school-wide target; a programme is named, a class list is not empty. */
function checkTarget(input: ScheduleInput): ScheduleProblem | undefined {
  const bad = { field: "target", code: "invalidTarget" } as const;
  const target = input.target;
  if (!target) return input.classId ? undefined : bad;
  if (input.classId) return bad;
  if (target.kind === "programme" && !(target.programme.trim() && target.programme.length <= MAX_PROGRAMME_CHARS))
    return bad;
  if (target.kind === "classes" && !(target.classIds.length > 0 && target.classIds.length <= MAX_TARGET_CLASSES))
    return bad;
  return undefined;
}

/**
 * Two schedules of a class overlap when their terms meet and some round windows meet on the two-week ring (weekly
 * schedules run in both week parities, fortnightly ones in their term's parity). Each start is moved to UTC by its
 * zone's winter offset, so a Helsinki school-wide schedule and a Copenhagen class one compare on one clock (summer
 * time moves all three zones together).
 */
function overlaps(a: ScheduleInput, b: Schedule): boolean {
  if (a.term.to < b.term.from || b.term.to < a.term.from) return false;
  const ring = 2 * WEEK_MINUTES;
  const windows = (s: ScheduleInput) => {
    const [hh, mm] = s.time.split(":").map(Number) as [number, number];
    const offset = offsetAt(Date.UTC(2026, 0, 15), s.timeZone) / 60_000;
    const start = (s.weekday - 1) * 24 * 60 + hh * 60 + mm - offset;
    const parities =
      s.cadence === "weekly" ? [0, 1] : [isoWeekIndex(isoWeekOf(new Date(`${s.term.from}T12:00:00Z`))) % 2];
    return parities.map((p) => [p * WEEK_MINUTES + start, p * WEEK_MINUTES + start + s.openHours * 60] as const);
  };
  for (const [s1, e1] of windows(a))
    for (const [s2, e2] of windows(b))
      for (const shift of [-ring, 0, ring]) if (s1 < e2 + shift && s2 + shift < e1) return true;
  return false;
}
