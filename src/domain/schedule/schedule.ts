import type { SetCadence } from "../survey/question-sets.js";
import type { DeliveryMode } from "../survey/round.js";

/** The zones the issue names (Danish, Swedish and Finnish schools); more can join when a school needs one. */
export const SCHEDULE_TIME_ZONES = ["Europe/Copenhagen", "Europe/Stockholm", "Europe/Helsinki"] as const;
export type ScheduleTimeZone = (typeof SCHEDULE_TIME_ZONES)[number];

/** ISO weekday: Monday = 1 ... Sunday = 7. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A local calendar range, both ends included ("YYYY-MM-DD"). */
export interface DateRange {
  from: string;
  to: string;
}

/**
 * Whom a school-wide schedule reaches: every class, one programme's classes, or a chosen list. Resolved against
 * the class list at each tick, so classes installed later are included.
 */
export type ScheduleTarget =
  { kind: "school" } | { kind: "programme"; programme: string } | { kind: "classes"; classIds: string[] };

/**
 * A survey schedule for one class, or school-wide with a `target` (DESIGN §3): on a weekday and local time in an IANA zone, every week or every
 * second week within the term, skipping holidays; each round stays open `openHours`.
 */
export interface Schedule {
  tenantId: string;
  scheduleId: string;
  /** The class of a class schedule; absent on a school-wide one. */
  classId?: string;
  /** Set exactly on a school-wide schedule (a coordinator's). */
  target?: ScheduleTarget;
  cadence: SetCadence;
  weekday: Weekday;
  /** Local wall-clock time "HH:MM" in `timeZone`. */
  time: string;
  timeZone: ScheduleTimeZone;
  openHours: number;
  delivery: DeliveryMode;
  questionSetId: string;
  term: DateRange;
  holidays: DateRange[];
  paused: boolean;
  /** Who last changed it (an Entra object id). */
  updatedBy: string;
  updatedAt: string;
}

/** The fields a teacher or coordinator edits; the rest is set by the use cases. */
export type ScheduleInput = Omit<Schedule, "tenantId" | "scheduleId" | "paused" | "updatedBy" | "updatedAt">;
