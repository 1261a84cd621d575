import { z } from "zod";
import { MAX_NOTE_CHARS } from "../../../domain/action-cards/case.js";
import { MENTOR_ROLES } from "../../../domain/school/school.js";
import { Id, IsoDate, IsoDateTime } from "./common.js";
import { CaseSummary } from "./students.js";

export const CaseParams = z.object({ id: Id, caseId: Id });

export const CASE_OUTCOMES = ["improved", "unchanged", "worse", "referred"] as const;

/** Every change names the ETag the client last saw; a stale one answers 409 "conflict". */
const Etag = z.string().min(1).max(200).describe("the case's etag as last read");
const Day = IsoDate.regex(/^\d{4}-\d{2}-\d{2}$/, "must be yyyy-mm-dd");

export const CaseDetailResponse = CaseSummary.extend({
  studentId: z.string(),
  etag: z.string(),
  assignedBy: z.string(),
  ownerName: z.string(),
  ownerRole: z.enum(MENTOR_ROLES).optional(),
  followUpDate: IsoDate,
  steps: z.array(z.object({ text: z.string(), done: z.boolean() })),
  notes: z
    .array(
      z.object({ noteId: z.string(), authorId: z.string(), authorName: z.string(), text: z.string(), at: IsoDateTime }),
    )
    .describe("staff only"),
  scoreBefore: z.number().optional().describe("mean of the last 3 rounds when the case was assigned, 1-5"),
  scoreAfter: z.number().optional().describe("the same mean when the case was closed"),
  outcome: z.enum(CASE_OUTCOMES).optional(),
  closedAt: IsoDateTime.optional(),
});
export type CaseDetailResponse = z.output<typeof CaseDetailResponse>;

export const UpdateCaseBody = z
  .object({
    etag: Etag,
    step: z
      .object({ index: z.number().int().min(0).max(20), done: z.boolean() })
      .strict()
      .optional(),
    dueDate: Day.optional(),
    followUpDate: Day.optional(),
  })
  .strict();
export type UpdateCaseBody = z.input<typeof UpdateCaseBody>;

export const CaseNoteBody = z.object({ etag: Etag, text: z.string().trim().min(1).max(MAX_NOTE_CHARS) }).strict();
export type CaseNoteBody = z.input<typeof CaseNoteBody>;

export const HandOverBody = z.object({ etag: Etag, ownerId: Id }).strict();
export type HandOverBody = z.input<typeof HandOverBody>;

export const CloseCaseBody = z.object({ etag: Etag, outcome: z.enum(CASE_OUTCOMES) }).strict();
export type CloseCaseBody = z.input<typeof CloseCaseBody>;

export const SupportStaffResponse = z.object({
  staff: z.array(z.object({ userId: z.string(), name: z.string(), role: z.enum(MENTOR_ROLES) })),
});
export type SupportStaffResponse = z.output<typeof SupportStaffResponse>;
