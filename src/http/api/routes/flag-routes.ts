import type { FlagActionResult } from "../../../use-cases/acknowledge-flag.js";
import { acknowledgeFlag } from "../../../use-cases/acknowledge-flag.js";
import { dismissFlag } from "../../../use-cases/dismiss-flag.js";
import { snoozeStudent } from "../../../use-cases/snooze-student.js";
import { ApiError } from "../../errors.js";
import type { ApiDeps } from "../deps.js";
import { requireActor } from "../require-actor.js";
import { defineRoute, type ApiRoute } from "../route.js";
import { IdParams, NoInput } from "../schemas/common.js";
import { FlagStatusResponse, SnoozeBody, SnoozeResponse } from "../schemas/flags.js";

/** Not one of the student's mentors: answered like a student that does not exist (DESIGN §7). */
const notFound = () => new ApiError(404, "notFound", "No such student.");

function flagBody(result: FlagActionResult) {
  if (!result.ok) {
    if (result.reason === "notFound") throw notFound();
    throw new ApiError(409, "conflict", "This student has no open flag.");
  }
  const { flagId, status, severity } = result.flag;
  return { body: { flagId, status, severity } };
}

/** What a mentor does with a student's flag from the tab: acknowledge, dismiss, snooze. */
export function flagRoutes(deps: ApiDeps): ApiRoute[] {
  const common = { tag: "flags", auth: true, params: IdParams, successStatus: 200, errors: [400, 401, 404, 409] };
  return [
    defineRoute({
      ...common,
      method: "post",
      path: "/api/v1/students/:id/flag/acknowledge",
      operationId: "acknowledgeFlag",
      summary: "Mark the student's open flag as seen; a student who asked for help is told once that it was seen",
      body: NoInput,
      response: FlagStatusResponse,
      handle: async ({ actor, params }) => {
        const { tenantId, userId } = requireActor(actor);
        return flagBody(await acknowledgeFlag(deps, { tenantId, actorId: userId, studentId: params.id }));
      },
    }),
    defineRoute({
      ...common,
      method: "post",
      path: "/api/v1/students/:id/flag/dismiss",
      operationId: "dismissFlag",
      summary: "Dismiss the student's open flag as a false alarm; it stays quiet until something new happens",
      body: NoInput,
      response: FlagStatusResponse,
      handle: async ({ actor, params }) => {
        const { tenantId, userId } = requireActor(actor);
        return flagBody(await dismissFlag(deps, { tenantId, actorId: userId, studentId: params.id }));
      },
    }),
    defineRoute({
      ...common,
      method: "post",
      path: "/api/v1/students/:id/flag/snooze",
      operationId: "snoozeStudent",
      summary: "Pause the caller's notifications about this student for N days (help requests still get through)",
      body: SnoozeBody,
      response: SnoozeResponse,
      errors: [400, 401, 404],
      handle: async ({ actor, params, body }) => {
        const { tenantId, userId } = requireActor(actor);
        const input = { tenantId, actorId: userId, studentId: params.id, days: body.days };
        const result = await snoozeStudent(deps, input);
        if (!result.ok) {
          if (result.reason === "notFound") throw notFound();
          throw new ApiError(400, "badRequest", "Choose between 1 and 60 days.");
        }
        return { body: { studentId: params.id, until: result.snooze.until } };
      },
    }),
  ];
}
