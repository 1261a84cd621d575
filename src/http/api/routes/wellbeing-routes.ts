import { getMyWellbeing } from "../../../use-cases/get-my-wellbeing.js";
import { ApiError } from "../../errors.js";
import type { ApiDeps } from "../deps.js";
import { requireActor } from "../require-actor.js";
import { defineRoute, type ApiRoute } from "../route.js";
import { MyWellbeingResponse } from "../schemas/wellbeing.js";

/** The student's own "My wellbeing" tab: identity only from the token, so nobody can ask for someone else's. */
export function wellbeingRoutes(deps: ApiDeps): ApiRoute[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/v1/me/wellbeing",
      operationId: "getMyWellbeing",
      summary: "The signed-in student's own trend per dimension over the term and their open help requests",
      tag: "me",
      auth: true,
      response: MyWellbeingResponse,
      successStatus: 200,
      errors: [401, 403],
      handle: async ({ actor }) => {
        const me = requireActor(actor);
        const result = await getMyWellbeing(deps, { tenantId: me.tenantId, studentId: me.userId });
        if (!result.ok) throw new ApiError(403, "forbidden", "This page is for students.");
        return { body: result.value };
      },
    }),
  ];
}
