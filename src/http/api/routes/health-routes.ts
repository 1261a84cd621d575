import type { ApiDeps } from "../deps.js";
import { defineRoute, type ApiRoute } from "../route.js";
import { HealthResponse } from "../schemas/common.js";

/** Liveness and readiness for the load balancer (DESIGN §1): no auth, no data. */
export function healthRoutes(deps: ApiDeps): ApiRoute[] {
  return [
    defineRoute({
      method: "get",
      path: "/healthz",
      operationId: "healthz",
      summary: "Alive: the process answers HTTP",
      tag: "health",
      auth: false,
      response: HealthResponse,
      successStatus: 200,
      errors: [],
      handle: async () => ({ body: { status: "ok" as const } }),
    }),
    defineRoute({
      method: "get",
      path: "/readyz",
      operationId: "readyz",
      summary: "Ready: storage is reachable (503 otherwise)",
      tag: "health",
      auth: false,
      response: HealthResponse,
      successStatus: 200,
      errors: [503],
      handle: async () => {
        const ready = await deps.isReady().catch(() => false);
        return ready ? { body: { status: "ok" as const } } : { status: 503, body: { status: "unavailable" as const } };
      },
    }),
  ];
}
