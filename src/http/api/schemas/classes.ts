import { z } from "zod";
import { DIMENSIONS } from "../../../domain/survey/question.js";
import { IsoDateTime } from "./common.js";

export const QuestionAggregate = z.object({
  questionId: z.string(),
  dimension: z.enum(DIMENSIONS),
  text: z.string(),
  mean: z.number().nullable().describe("null when fewer than minRespondents answered"),
  hidden: z.boolean(),
  hiddenReason: z.string().optional().describe("in words, when hidden: too few respondents"),
  hiddenBecause: z.enum(["tooFewRespondents", "roundOpen"]).optional(),
});

export const ClassOverviewResponse = z.object({
  classId: z.string(),
  name: z.string(),
  level: z.string(),
  programme: z.string(),
  students: z.number().int(),
  minRespondents: z.number().int(),
  rounds: z.array(
    z.object({
      roundId: z.string(),
      opensAt: IsoDateTime,
      closesAt: IsoDateTime,
      status: z.enum(["open", "closed"]),
      respondents: z.number().int(),
      participation: z.number().nullable().describe("respondents / students on the roster, 0..1"),
      questions: z.array(QuestionAggregate),
    }),
  ),
});
export type ClassOverviewResponse = z.output<typeof ClassOverviewResponse>;

export const CheckInResponse = z.object({
  roundId: z.string(),
  opened: z.boolean().describe("false when a round was already open"),
});
export type CheckInResponse = z.output<typeof CheckInResponse>;
