import { z } from "zod";
import { DIMENSIONS } from "../../../domain/survey/question.js";
import { IsoDateTime } from "./common.js";

/** `GET /api/v1/classes/:id/climate-flags`: the class's open and recent climate flags, aggregates only. */
export const ClassClimateFlagsResponse = z.object({
  flags: z.array(
    z.object({
      flagId: z.string(),
      status: z.enum(["open", "resolved"]),
      raisedAt: IsoDateTime,
      resolvedAt: IsoDateTime.optional(),
      dimensions: z.array(z.enum(DIMENSIONS)),
      explanation: z.array(z.string()).describe("Each fallen dimension in words, in the requested locale"),
    }),
  ),
});
export type ClassClimateFlagsResponse = z.infer<typeof ClassClimateFlagsResponse>;
