import { z } from "zod";
import type { ActionCard } from "../../domain/action-cards/action-card.js";
import type { Case } from "../../domain/action-cards/case.js";
import { LOCALES } from "../../domain/locale.js";
import {
  MENTOR_ROLES,
  type ClassMember,
  type Mentorship,
  type PersonalConversation,
  type SchoolClass,
  type StaffMember,
} from "../../domain/school/school.js";
import { FLAG_REASON_KINDS, type Flag } from "../../domain/scoring/flag.js";
import type { StudentState } from "../../domain/scoring/student-state.js";
import { HELP_TARGETS, type Answer } from "../../domain/survey/answer.js";
import { DIMENSIONS } from "../../domain/survey/question.js";
import type { Round } from "../../domain/survey/round.js";
import type { AuditEvent } from "../../ports/case-stores.js";
import type { Delivery } from "../../ports/survey-stores.js";

/**
 * Zod schemas for reading rows back: a row is data from outside the process (it may be hand-edited or written by an
 * older version), so it is validated before a use case sees it. Typed as z.ZodType<DomainType> so the compiler
 * keeps them in step with the domain.
 */

const text = z.string();
const localized = <T extends z.ZodType>(inner: T) =>
  z.object(Object.fromEntries(LOCALES.map((l) => [l, inner])) as Record<(typeof LOCALES)[number], T>);

export const schoolClassSchema: z.ZodType<SchoolClass> = z.object({
  tenantId: text,
  classId: text,
  name: text,
  level: text,
  programme: text,
  teamId: text,
  channelConversationId: text,
  serviceUrl: text,
  installed: z.boolean(),
  timeZone: text,
});

export const classMemberSchema: z.ZodType<ClassMember> = z.object({
  tenantId: text,
  classId: text,
  userId: text,
  teamsUserId: text,
  name: text,
  role: z.enum(["student", "teacher"]),
});

export const mentorshipSchema: z.ZodType<Mentorship> = z.object({
  tenantId: text,
  mentorId: text,
  studentId: text,
  role: z.enum(MENTOR_ROLES),
  studentName: text,
  mentorName: text,
  classId: text,
});

export const staffSchema: z.ZodType<StaffMember> = z.object({
  tenantId: text,
  userId: text,
  name: text,
  isCoordinator: z.boolean(),
});

export const conversationSchema: z.ZodType<PersonalConversation> = z.object({
  tenantId: text,
  userId: text,
  teamsUserId: text,
  serviceUrl: text,
  conversationId: text,
  locale: text,
  installed: z.boolean(),
});

const questionSchema = z.object({
  id: text,
  dimension: z.enum(DIMENSIONS),
  kind: z.enum(["scale5", "yesNo", "choice"]),
  higherIsBetter: z.boolean(),
  text: localized(text),
  labels: localized(z.array(text)),
});

export const roundSchema: z.ZodType<Round> = z.object({
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

export const answerSchema: z.ZodType<Answer> = z.object({
  tenantId: text,
  classId: text,
  roundId: text,
  studentId: text,
  values: z.record(text, z.number()),
  help: z.object({ target: z.enum(HELP_TARGETS), note: text.optional() }).optional(),
  answeredAt: text,
});

export const deliverySchema: z.ZodType<Delivery> = z.object({
  tenantId: text,
  roundId: text,
  recipientId: text,
  status: z.enum(["pending", "sent", "failed", "blocked", "notInstalled"]),
  activityId: text.optional(),
  reason: text.optional(),
  updatedAt: text,
});

export const studentStateSchema: z.ZodType<StudentState> = z.object({
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

const flagReasonSchema = z.object({
  kind: z.enum(FLAG_REASON_KINDS),
  roundId: text,
  at: text,
  dimension: z.enum(DIMENSIONS).optional(),
  value: z.number().optional(),
  baseline: z.number().optional(),
  missedRounds: z.number().optional(),
  helpTarget: z.enum(HELP_TARGETS).optional(),
});

export const flagSchema: z.ZodType<Flag> = z.object({
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

export const caseSchema: z.ZodType<Case> = z.object({
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
});

export const actionCardSchema: z.ZodType<ActionCard> = z.object({
  cardId: text,
  answers: z.array(z.enum(FLAG_REASON_KINDS)),
  dimensions: z.array(text),
  ownerRole: z.enum(MENTOR_ROLES),
  dueInDays: z.number(),
  followUpInDays: z.number(),
  text: localized(z.object({ title: text, summary: text, steps: z.array(text) })),
  builtIn: z.boolean(),
});

export const auditEventSchema: z.ZodType<AuditEvent> = z.object({
  tenantId: text,
  actorId: text,
  action: z.enum(["read", "change"]),
  subjectStudentId: text,
  what: text,
  at: text,
});
