import { listClassClimateFlags } from "../../../use-cases/list-class-climate-flags.js";
import { ApiError } from "../../errors.js";
import type { ApiDeps } from "../deps.js";
import { requireActor } from "../require-actor.js";
import { defineRoute, type ApiRoute } from "../route.js";
import { ClassClimateFlagsResponse } from "../schemas/class-climate.js";
import { IdParams, LocaleQuery } from "../schemas/common.js";

/** Class climate flags for the teacher's class view (issue 5, DESIGN §3 "class flag"). */
export function classClimateRoutes(deps: ApiDeps): ApiRoute[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/v1/classes/:id/climate-flags",
      operationId: "listClassClimateFlags",
      summary: "The class's open and recent climate flags, explained in words; class averages of 5+ answers only",
      tag: "classes",
      auth: true,
      params: IdParams,
      query: LocaleQuery,
      response: ClassClimateFlagsResponse,
      successStatus: 200,
      errors: [400, 401, 403],
      handle: async ({ actor, params, locale }) => {
        const result = await listClassClimateFlags(deps, requireActor(actor), { classId: params.id, locale });
        if (!result.ok) throw new ApiError(403, "forbidden", "Only the class's teachers and coordinators see this.");
        return { body: { flags: result.flags } };
      },
    }),
  ];
}
