import { z } from "zod";
import { MENTOR_ROLES } from "../../../domain/school/school.js";
import { FLAG_REASON_KINDS } from "../../../domain/scoring/flag.js";
import { HELP_TARGETS } from "../../../domain/survey/answer.js";
import { DIMENSIONS } from "../../../domain/survey/question.js";
import { Id, IsoDate, IsoDateTime, Severity } from "./common.js";

export const CaseSummary = z.object({
  caseId: z.string(),
  cardId: z.string(),
  cardTitle: z.string(),
  ownerId: z.string(),
  status: z.enum(["open", "inProgress", "closed"]),
  dueDate: IsoDate,
  createdAt: IsoDateTime,
});
export type CaseSummary = z.output<typeof CaseSummary>;

const Reason = z.object({ kind: z.enum(FLAG_REASON_KINDS), text: z.string().describe("the reason in words") });

export const MyStudent = z.object({
  studentId: z.string(),
  name: z.string(),
  classId: z.string(),
  className: z.string(),
  mentorRole: z.enum(MENTOR_ROLES),
  severity: Severity,
  flagId: z.string().optional(),
  flagStatus: z.enum(["open", "acknowledged", "resolved", "dismissed"]).optional(),
  reasons: z.array(Reason),
  lastAnsweredAt: IsoDateTime.optional(),
  trend: z.array(z.number()).describe("mean of each answered round, oldest first, 1-5"),
  openCase: CaseSummary.optional(),
  suggestedCardId: z.string().optional(),
  suggestedCardTitle: z.string().optional(),
});
export type MyStudent = z.output<typeof MyStudent>;

export const MyStudentsResponse = z.object({ students: z.array(MyStudent) });
export type MyStudentsResponse = z.output<typeof MyStudentsResponse>;

export const StudentRecordResponse = z.object({
  studentId: z.string(),
  name: z.string(),
  access: z.enum(["self", "mentor"]),
  classes: z.array(
    z.object({
      classId: z.string(),
      trend: z.array(z.number()),
      lastAnsweredAt: IsoDateTime.optional(),
      missedInRow: z.number().int(),
    }),
  ),
  answers: z.array(
    z.object({
      roundId: z.string(),
      classId: z.string(),
      answeredAt: IsoDateTime,
      values: z.record(z.string(), z.number()),
      help: z.object({ target: z.enum(HELP_TARGETS), note: z.string().optional() }).optional(),
    }),
  ),
  flags: z
    .array(
      z.object({
        flagId: z.string(),
        severity: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        status: z.enum(["open", "acknowledged", "resolved", "dismissed"]),
        createdAt: IsoDateTime,
        reasons: z.array(Reason.extend({ at: IsoDateTime })),
      }),
    )
    .describe("staff only: empty when students read their own record"),
  cases: z.array(CaseSummary).describe("staff only: empty when students read their own record"),
  dimensions: z
    .array(
      z.object({
        dimension: z.enum(DIMENSIONS),
        points: z.array(z.object({ at: IsoDateTime, value: z.number() })),
      }),
    )
    .describe("per dimension, 1-5 with higher better, oldest first"),
});
export type StudentRecordResponse = z.output<typeof StudentRecordResponse>;

export const AssignCaseBody = z
  .object({
    cardId: Id.optional().describe("omitted: the card suggested for the student's open flag"),
    ownerId: Id.optional().describe("omitted: the assigning mentor; otherwise one of the student's support staff"),
  })
  .strict();
export type AssignCaseBody = z.input<typeof AssignCaseBody>;

export const AssignCaseResponse = z.object({
  created: z.boolean().describe("false when the same card was already assigned and still open"),
  case: CaseSummary.extend({ studentId: z.string(), followUpDate: IsoDate, assignedBy: z.string() }),
});
export type AssignCaseResponse = z.output<typeof AssignCaseResponse>;
