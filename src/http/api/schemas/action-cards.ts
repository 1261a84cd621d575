import { z } from "zod";
import { MENTOR_ROLES } from "../../../domain/school/school.js";
import { FLAG_REASON_KINDS } from "../../../domain/scoring/flag.js";

export const ActionCardView = z.object({
  cardId: z.string(),
  title: z.string(),
  summary: z.string(),
  steps: z.array(z.string()),
  ownerRole: z.enum(MENTOR_ROLES),
  dueInDays: z.number().int(),
  followUpInDays: z.number().int(),
  answers: z.array(z.enum(FLAG_REASON_KINDS)),
  builtIn: z.boolean(),
});
export type ActionCardView = z.output<typeof ActionCardView>;

export const ActionCardsResponse = z.object({ locale: z.string(), cards: z.array(ActionCardView) });
export type ActionCardsResponse = z.output<typeof ActionCardsResponse>;
