import { z } from "zod";
import type { ActionCard } from "../../domain/action-cards/action-card.js";
import type { Case } from "../../domain/action-cards/case.js";
import { MENTOR_ROLES } from "../../domain/school/school.js";
import { FLAG_REASON_KINDS, type Flag } from "../../domain/scoring/flag.js";
import type { StudentState } from "../../domain/scoring/student-state.js";
import { HELP_TARGETS } from "../../domain/survey/answer.js";
import { DIMENSIONS } from "../../domain/survey/question.js";
import type { AuditEvent } from "../../ports/case-stores.js";
import { localized, text } from "./school-schemas.js";

/** Row schemas of the student record tables (see school-schemas.ts for why rows are validated). */

export const studentStateSchema: z.ZodType<StudentState> = z.looseObject({
  tenantId: text,
  classId: text,
  studentId: text,
  studentName: text,
  recent: z.partialRecord(z.enum(DIMENSIONS), z.array(z.number())),
  trend: z.array(z.number()),
  missedInRow: z.number(),
  // Rows written before this field existed read as 0 quiet rounds.
  quietRounds: z.number().default(0),
  lastAnsweredAt: text.optional(),
  countedRounds: z.array(text),
  flagId: text.optional(),
});

const flagReasonSchema = z.looseObject({
  kind: z.enum(FLAG_REASON_KINDS),
  roundId: text,
  at: text,
  dimension: z.enum(DIMENSIONS).optional(),
  value: z.number().optional(),
  baseline: z.number().optional(),
  missedRounds: z.number().optional(),
  helpTarget: z.enum(HELP_TARGETS).optional(),
});

export const flagSchema: z.ZodType<Flag> = z.looseObject({
  tenantId: text,
  classId: text,
  studentId: text,
  flagId: text,
  reasons: z.array(flagReasonSchema),
  severity: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  status: z.enum(["open", "acknowledged", "resolved", "dismissed"]),
  createdAt: text,
  updatedAt: text,
});

export const caseSchema: z.ZodType<Case> = z.looseObject({
  tenantId: text,
  studentId: text,
  classId: text,
  caseId: text,
  cardId: text,
  flagId: text.optional(),
  ownerId: text,
  assignedBy: text,
  status: z.enum(["open", "inProgress", "closed"]),
  stepsDone: z.array(z.number()),
  createdAt: text,
  dueDate: text,
  followUpDate: text,
  scoreBefore: z.number().optional(),
  outcome: z.enum(["improved", "unchanged", "worse", "referred"]).optional(),
  scoreAfter: z.number().optional(),
  closedAt: text.optional(),
  notes: z.array(z.looseObject({ noteId: text, authorId: text, text: z.string(), at: text })).optional(),
});

export const actionCardSchema: z.ZodType<ActionCard> = z.looseObject({
  cardId: text,
  answers: z.array(z.enum(FLAG_REASON_KINDS)),
  dimensions: z.array(text),
  ownerRole: z.enum(MENTOR_ROLES),
  dueInDays: z.number(),
  followUpInDays: z.number(),
  text: localized(z.looseObject({ title: text, summary: text, steps: z.array(text) })),
  builtIn: z.boolean(),
});

export const auditEventSchema: z.ZodType<AuditEvent> = z.looseObject({
  tenantId: text,
  actorId: text,
  action: z.enum(["read", "change"]),
  subjectStudentId: text,
  what: text,
  at: text,
});
