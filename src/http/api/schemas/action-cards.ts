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

/** Limits: a title fits a button, a summary a card, 3-6 steps (src/domain/action-cards/action-card.ts). */
const CardText = z
  .object({
    title: z.string().trim().min(1).max(80),
    summary: z.string().trim().min(1).max(400),
    steps: z.array(z.string().trim().min(1).max(300)).min(3).max(6),
  })
  .strict();

export const SaveActionCardBody = z
  .object({
    cardId: z
      .string()
      .min(3)
      .max(64)
      .regex(/^[a-z0-9-]+$/, "lower-case letters, digits and - only"),
    answers: z.array(z.enum(FLAG_REASON_KINDS)).min(1),
    ownerRole: z.enum(MENTOR_ROLES),
    /** Up to a school term: anything longer is not a plan but a hope. */
    dueInDays: z.number().int().min(1).max(120),
    followUpInDays: z.number().int().min(1).max(180),
    text: z.object({ da: CardText, sv: CardText, fi: CardText, en: CardText }).strict(),
  })
  .strict();
export type SaveActionCardBody = z.input<typeof SaveActionCardBody>;
