import { z } from "zod";
import { FLAG_REASON_KINDS } from "../../../domain/scoring/flag.js";

const GroupFigure = z.object({
  id: z.string(),
  name: z.string(),
  level: z.string(),
  students: z.number().int(),
  respondents: z.number().int(),
  participation: z.number().nullable(),
  mean: z.number().nullable().describe("1-5, higher is better; null when hidden (k >= 5 and differencing guard)"),
});

export const SchoolOverviewResponse = z.object({
  minRespondents: z.number().int(),
  classes: z.array(GroupFigure),
  levels: z.array(GroupFigure).describe("e.g. GF1 against GF2"),
  school: GroupFigure,
  flagsByReason: z.array(
    z.object({ reason: z.enum(FLAG_REASON_KINDS), students: z.number().int().nullable().describe("null under k") }),
  ),
  cards: z.array(
    z.object({
      cardId: z.string(),
      title: z.string(),
      uses: z.number().int(),
      n: z.number().int().describe("closed cases with a score before and after"),
      meanChange: z.number().nullable().describe("mean of after - before; null when n < k"),
    }),
  ),
});
export type SchoolOverviewResponse = z.output<typeof SchoolOverviewResponse>;
