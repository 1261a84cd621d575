import { z } from "zod";
import { HELP_TARGETS, type Answer } from "../../domain/survey/answer.js";
import { DIMENSIONS } from "../../domain/survey/question.js";
import type { Round } from "../../domain/survey/round.js";
import type { Delivery } from "../../ports/survey-stores.js";
import { localized, text } from "./school-schemas.js";

/** Row schemas of the survey tables (see school-schemas.ts for why rows are validated). */

const questionSchema = z.looseObject({
  id: text,
  dimension: z.enum(DIMENSIONS),
  kind: z.enum(["scale5", "yesNo", "choice"]),
  higherIsBetter: z.boolean(),
  text: localized(text),
  labels: localized(z.array(text)),
});

export const roundSchema: z.ZodType<Round> = z.looseObject({
  tenantId: text,
  classId: text,
  roundId: text,
  questions: z.array(questionSchema),
  opensAt: text,
  closesAt: text,
  status: z.enum(["open", "closed"]),
  delivery: z.enum(["channel", "personal", "both"]),
  origin: text,
});

export const answerSchema: z.ZodType<Answer> = z.looseObject({
  tenantId: text,
  classId: text,
  roundId: text,
  studentId: text,
  values: z.record(text, z.number()),
  help: z.looseObject({ target: z.enum(HELP_TARGETS), note: text.optional() }).optional(),
  answeredAt: text,
});

export const deliverySchema: z.ZodType<Delivery> = z.looseObject({
  tenantId: text,
  roundId: text,
  recipientId: text,
  status: z.enum(["pending", "sent", "failed", "blocked", "notInstalled", "uncertain"]),
  activityId: text.optional(),
  reason: text.optional(),
  sendingBy: text.optional(),
  updatedAt: text,
});
