import { importMentorshipsCsv, MAX_IMPORT_LINES } from "../../../use-cases/import-mentorships-csv.js";
import { ApiError } from "../../errors.js";
import type { ApiDeps } from "../deps.js";
import { requireActor } from "../require-actor.js";
import { defineRoute, type ApiRoute } from "../route.js";
import { ImportMentorshipsBody, ImportMentorshipsResponse } from "../schemas/mentorships.js";

/** Mentor assignments from CSV, with a dry run that reports every bad line (coordinators only). */
export function mentorshipRoutes(deps: ApiDeps): ApiRoute[] {
  return [
    defineRoute({
      method: "post",
      path: "/api/v1/school/mentorships/import",
      operationId: "importMentorships",
      summary: "Import mentor assignments from CSV; dryRun reports errors per line without writing",
      tag: "school",
      auth: true,
      body: ImportMentorshipsBody,
      response: ImportMentorshipsResponse,
      successStatus: 200,
      errors: [400, 401, 403],
      handle: async ({ actor, body }) => {
        if (body.csv.split("\n").length > MAX_IMPORT_LINES + 1) {
          throw new ApiError(400, "badRequest", `At most ${MAX_IMPORT_LINES} lines per import.`);
        }
        const report = await importMentorshipsCsv(deps.stores, requireActor(actor), body);
        if (!report) throw new ApiError(403, "forbidden", "Only coordinators import mentor assignments.");
        return { body: report };
      },
    }),
  ];
}
