import { z } from "zod";
import { DIMENSIONS } from "../../../domain/survey/question.js";
import { Id, IsoDateTime } from "./common.js";

const Dimension = z.enum(DIMENSIONS);
// The bank has 36 items and every item may appear once: no valid set lists more (question-set-rules.ts).
const BANK_SIZE = 36;
const ItemId = z.string().min(1).max(64);
// Names are checked (non-empty, <= 60 characters) by the domain, which answers localized problems; 200 only stops abuse.
const Name = z.object({
  da: z.string().max(200),
  sv: z.string().max(200),
  fi: z.string().max(200),
  en: z.string().max(200),
});

const SetFields = z.object({
  name: Name.strict(),
  cadence: z.enum(["weekly", "fortnightly"]),
  fixed: z.array(ItemId).max(BANK_SIZE).describe("Item ids asked in every round, in card order"),
  rotating: z
    .array(z.array(ItemId).max(BANK_SIZE))
    .max(BANK_SIZE)
    .describe("Groups of item ids, one dimension per group, taken in turn"),
  size: z.number().describe("Questions per round, 2..5, at least the number of fixed items"),
});

/** A new set as the editor sends it; the domain's validateQuestionSet checks the rules. */
export const QuestionSetBody = SetFields.strict();
/** An edit carries the ETag the coordinator read: a set changed since is refused (409), never overwritten. */
export const UpdateQuestionSetBody = SetFields.extend({ etag: z.string().min(1).max(200) }).strict();
export const DeleteQuestionSetBody = z.object({ etag: z.string().min(1).max(200) }).strict();
/** The school's default (no classId) or one class's set; no setId clears the choice. */
export const ChooseQuestionSetBody = z.object({ classId: Id.optional(), setId: Id.optional() }).strict();

const Coverage = z.object({
  never: z.array(Dimension).describe("Dimensions the set never asks"),
  rarely: z.array(Dimension).describe("Dimensions asked less often than every 4 weeks"),
});

export const QuestionSetView = SetFields.extend({
  id: Id,
  displayName: z.string().describe("The name in the requested locale"),
  builtIn: z.boolean().describe("Built-in sets are read-only; copy one to change it"),
  etag: z.string().optional().describe("Send it back to edit or delete (the school's own sets only)"),
  coverage: Coverage,
  usedBySchedules: z.number().int(),
  updatedAt: IsoDateTime.optional(),
});

const BankItem = z.object({ id: z.string(), text: z.string() });
export const QuestionSetsResponse = z.object({
  sets: z.array(QuestionSetView),
  choices: z.object({ schoolDefault: z.string().optional(), classes: z.record(z.string(), z.string()) }),
  /** The item bank by dimension, in the requested locale, for the editor's pickers. */
  bank: z.array(z.object({ dimension: Dimension, name: z.string(), items: z.array(BankItem) })),
});
export const QuestionSetResponse = z.object({ set: QuestionSetView });
export const CheckQuestionSetResponse = z.object({
  problems: z.array(z.object({ path: z.string(), message: z.string() })),
  coverage: Coverage.optional(),
});
