import { z } from "zod";
import { LOCALES } from "../../../domain/locale.js";

/** Ids as they appear in paths and bodies: Entra GUIDs or short slugs; anything else cannot name a row. */
export const Id = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[\w.:@-]+$/, "must contain only letters, digits and . : @ _ -");

export const IdParams = z.object({ id: Id });

/** `?locale=` takes any BCP-47 tag; unknown languages fall back to English (src/domain/locale.ts). */
export const LocaleQuery = z.object({
  locale: z.string().max(35).optional().describe("BCP-47 tag; da, sv, fi or en are used, others fall back to en"),
});

export const Locale = z.enum(LOCALES);
export const IsoDateTime = z.string().describe("ISO 8601 date-time");
export const IsoDate = z.string().describe("ISO 8601 date (yyyy-mm-dd)");
export const Severity = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).describe("0 = not flagged");

export const ErrorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

/** For bodies a route does not read. */
export const NoInput = z.object({}).strict();

export const HealthResponse = z.object({ status: z.enum(["ok", "unavailable"]) });
