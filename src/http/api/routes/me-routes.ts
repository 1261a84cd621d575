import { describeActor } from "../../../use-cases/resolve-actor.js";
import type { ApiDeps } from "../deps.js";
import { requireActor } from "../require-actor.js";
import { defineRoute, type ApiRoute } from "../route.js";
import { MeResponse } from "../schemas/me.js";

/** GET /api/v1/me: who the token names, and the roles and classes the school's tables give them. */
export function meRoutes(deps: ApiDeps): ApiRoute[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/v1/me",
      operationId: "getMe",
      summary: "The signed-in user: roles, classes and a locale hint",
      tag: "me",
      auth: true,
      response: MeResponse,
      successStatus: 200,
      errors: [401, 403],
      handle: async ({ actor }) => ({ body: await describeActor(deps.stores, requireActor(actor)) }),
    }),
  ];
}
