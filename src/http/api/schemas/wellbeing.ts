import { z } from "zod";
import { HELP_TARGETS } from "../../../domain/survey/answer.js";
import { DIMENSIONS } from "../../../domain/survey/question.js";

/** GET /api/v1/me/wellbeing: the signed-in student's own trend and open help requests. */
export const MyWellbeingResponse = z.object({
  dimensions: z.array(
    z.object({
      dimension: z.enum(DIMENSIONS),
      points: z.array(z.object({ at: z.string(), value: z.number().min(1).max(5) })),
    }),
  ),
  openHelpRequests: z.array(z.object({ at: z.string(), target: z.enum(HELP_TARGETS), seen: z.boolean() })),
  answeredRounds: z.number().int(),
});
export type MyWellbeingResponse = z.output<typeof MyWellbeingResponse>;
