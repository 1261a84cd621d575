import { z } from "zod";
import { DEFAULT_THRESHOLDS, type Thresholds } from "./thresholds.js";

/**
 * Bounds a coordinator may set. They keep every rule meaningful on a 5-point scale: a low threshold of 5 would flag
 * everyone, a baseline of 1 answer is noise, and more than 10 quiet rounds is longer than a term of fortnightly
 * rounds (so a flag would never resolve by itself).
 */
export const thresholdsSchema = z
  .object({
    lowScore: z.number().min(1).max(4),
    lowScoreAlone: z.number().min(1).max(4),
    dropBelowBaseline: z.number().min(0.5).max(3),
    roundDropBelowBaseline: z.number().min(0).max(3),
    baselineMinAnswers: z.number().int().min(2).max(8), // 8: RECENT_VALUES_KEPT, the most the state row holds
    silenceRounds: z.number().int().min(1).max(6),
    resolveAfterGoodRounds: z.number().int().min(1).max(10),
  })
  .strict()
  .refine((t) => t.lowScoreAlone <= t.lowScore, { message: "lowScoreAlone must not exceed lowScore" });

/** Per-school notification settings: when the daily digest goes out, in the school's own time zone. */
export interface SchoolSettings {
  thresholds: Thresholds;
  /** Local hour (0-23) of the daily digest; DESIGN §3 leaves it to the school, 15:00 is after classes end. */
  digestHour: number;
  /** IANA zone the digest hour is read in. */
  timeZone: string;
  /**
   * Hours before a round closes when the one reminder goes to students who have not answered (issue 3). Optional so
   * rows saved before the setting existed still read; reminderHoursOf supplies the default.
   */
  reminderHours?: number;
}

/** Issue 3: "one reminder ... a set number of hours before the round closes"; 12 h is half a school day's notice. */
export const DEFAULT_REMINDER_HOURS = 12;
/**
 * Bounds of the reminder setting: at least 1 hour, so the reminder can still be acted on; at most 168 hours (a
 * week), the longest cadence a schedule has, beyond which the reminder would come before the round opens.
 */
export const REMINDER_HOURS_MIN = 1;
export const REMINDER_HOURS_MAX = 168;
export const reminderHoursSchema = z.number().int().min(REMINDER_HOURS_MIN).max(REMINDER_HOURS_MAX);

/** The school's reminder hours, or the default for schools that never set them. */
export function reminderHoursOf(settings: Pick<SchoolSettings, "reminderHours"> | undefined): number {
  return settings?.reminderHours ?? DEFAULT_REMINDER_HOURS;
}

export const DEFAULT_DIGEST_HOUR = 15;
export const DEFAULT_SCHOOL_TIME_ZONE = "Europe/Copenhagen";

export const DEFAULT_SCHOOL_SETTINGS: SchoolSettings = {
  thresholds: DEFAULT_THRESHOLDS,
  digestHour: DEFAULT_DIGEST_HOUR,
  timeZone: DEFAULT_SCHOOL_TIME_ZONE,
  reminderHours: DEFAULT_REMINDER_HOURS,
};

/** True when `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The local calendar day (YYYY-MM-DD) and hour of an instant in a time zone. */
export function localDayAndHour(at: Date, timeZone: string): { day: string; hour: number } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return { day: `${get("year")}-${get("month")}-${get("day")}`, hour: Number(get("hour")) };
}
