import { z } from "zod";
import { reminderHoursSchema, thresholdsSchema } from "../../../domain/scoring/school-settings.js";
import { IsoDateTime } from "./common.js";

/** `POST .../flag/snooze`: 1-60 days (MAX_SNOOZE_DAYS in src/use-cases/snooze-student.ts). */
export const SnoozeBody = z.object({ days: z.number().int().min(1).max(60) }).strict();

export const FlagStatusResponse = z.object({
  flagId: z.string(),
  status: z.enum(["open", "acknowledged", "resolved", "dismissed"]),
  severity: z.number().int().min(1).max(3),
});

export const SnoozeResponse = z.object({ studentId: z.string(), until: IsoDateTime });

export const Thresholds = thresholdsSchema.describe("Flag rule thresholds (defaults tuned by `npm run eval:flags`)");

export const SchoolSettingsResponse = z.object({
  thresholds: thresholdsSchema,
  digestHour: z.number().int().min(0).max(23),
  timeZone: z.string(),
  reminderHours: reminderHoursSchema,
});

/** Any subset of the settings; the rest stays as it is. Thresholds, when given, are given whole. */
export const SchoolSettingsBody = z
  .object({
    thresholds: thresholdsSchema.optional(),
    digestHour: z.number().int().min(0).max(23).optional(),
    timeZone: z.string().min(1).max(64).optional(),
    reminderHours: reminderHoursSchema.optional(),
  })
  .strict();
