import { z } from "zod";
import { SCHEDULE_TIME_ZONES, type Schedule } from "../../domain/schedule/schedule.js";
import { text } from "./school-schemas.js";

const range = z.looseObject({ from: text, to: text });

/**
 * Row schema of the schedules table (see school-schemas.ts for why rows are validated on read). The weekday is
 * checked as 1..7 and cast to the domain's literal union.
 */
export const scheduleSchema: z.ZodType<Schedule> = z.looseObject({
  tenantId: text,
  scheduleId: text,
  classId: text.optional(),
  // A school-wide schedule's audience; an unknown kind is a corrupt row, never a schedule reaching everyone.
  target: z
    .union([
      z.object({ kind: z.literal("school") }),
      z.object({ kind: z.literal("programme"), programme: text }),
      z.object({ kind: z.literal("classes"), classIds: z.array(text) }),
    ])
    .optional(),
  cadence: z.enum(["weekly", "fortnightly"]),
  weekday: z.number().int().min(1).max(7),
  time: text,
  timeZone: z.enum(SCHEDULE_TIME_ZONES),
  openHours: z.number(),
  delivery: z.enum(["channel", "personal", "both"]),
  questionSetId: text,
  term: range,
  holidays: z.array(range),
  paused: z.boolean(),
  updatedBy: text,
  updatedAt: text,
}) as unknown as z.ZodType<Schedule>;
