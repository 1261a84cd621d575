import { rolesOf } from "../../../domain/privacy/access.js";
import { listDemoUsers } from "../../../use-cases/list-demo-users.js";
import { resolveActor } from "../../../use-cases/resolve-actor.js";
import type { DemoIssuer } from "../../auth/demo-issuer.js";
import { ApiError } from "../../errors.js";
import type { ApiDeps } from "../deps.js";
import { defineRoute, type ApiRoute } from "../route.js";
import { DemoSignInBody, DemoSignInResponse, DemoUsersResponse } from "../schemas/demo.js";

/** Matches the demo issuer's token lifetime (src/http/auth/demo-issuer.ts). */
const DEMO_TOKEN_SECONDS = 8 * 60 * 60;

/**
 * Local demo sign-in: list the seeded people and mint a token for one. Registered only when the demo issuer
 * exists (config.demo.signIn, never in production); the token is then validated like an Entra token, so the
 * API still learns identity only from a verified token.
 */
export function demoRoutes(deps: ApiDeps, issuer: DemoIssuer): ApiRoute[] {
  const tenantId = deps.config.demo.tenantId;
  return [
    defineRoute({
      method: "get",
      path: "/api/v1/demo/users",
      operationId: "listDemoUsers",
      summary: "Local mode only: the seeded people a demo can sign in as",
      tag: "demo",
      auth: false,
      response: DemoUsersResponse,
      successStatus: 200,
      errors: [],
      handle: async () => ({ body: { tenantId, users: await listDemoUsers(deps.stores, tenantId) } }),
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/demo/sign-in",
      operationId: "demoSignIn",
      summary: "Local mode only: a token for a seeded person, signed by a key generated at startup",
      tag: "demo",
      auth: false,
      body: DemoSignInBody,
      response: DemoSignInResponse,
      successStatus: 200,
      errors: [400, 404],
      handle: async ({ body }) => {
        const person = await resolveActor(deps.stores, { tenantId, userId: body.userId });
        if (rolesOf(person).length === 0) throw new ApiError(404, "notFound", "No such demo user.");
        const token = await issuer.sign({ tenantId, userId: body.userId });
        return { body: { token, expiresInSeconds: DEMO_TOKEN_SECONDS } };
      },
    }),
  ];
}
