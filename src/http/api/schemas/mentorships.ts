import { z } from "zod";

/** Just under the server's 256 KB body limit (src/http/server.ts MAX_BODY_BYTES); larger files go in parts. */
export const MAX_CSV_CHARS = 250_000;

export const ImportMentorshipsBody = z
  .object({
    csv: z.string().min(1).max(MAX_CSV_CHARS).describe("mentor_id,student_id,class_id[,role] per line"),
    dryRun: z.boolean().describe("true: check every line and report, write nothing"),
  })
  .strict();
export type ImportMentorshipsBody = z.input<typeof ImportMentorshipsBody>;

export const ImportMentorshipsResponse = z.object({
  dryRun: z.boolean(),
  lines: z.number().int(),
  valid: z.number().int(),
  errors: z.array(
    z.object({
      line: z.number().int(),
      error: z.enum(["columns", "unknownRole", "unknownClass", "notOnRoster", "unknownMentor", "duplicate"]),
    }),
  ),
  saved: z.number().int().describe("0 on a dry run or when any line has an error"),
});
export type ImportMentorshipsResponse = z.output<typeof ImportMentorshipsResponse>;
