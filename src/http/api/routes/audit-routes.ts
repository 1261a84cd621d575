import { listAuditEvents } from "../../../use-cases/list-audit-events.js";
import { ApiError } from "../../errors.js";
import type { ApiDeps } from "../deps.js";
import { requireActor } from "../require-actor.js";
import { defineRoute, type ApiRoute } from "../route.js";
import { AuditQuery, AuditResponse } from "../schemas/privacy.js";

/** GET /api/v1/school/audit?day=: who read or changed which student's data that day (coordinator only). */
export function auditRoutes(deps: ApiDeps): ApiRoute[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/v1/school/audit",
      operationId: "listAuditEvents",
      summary: "The coordinator's view of one UTC day of the audit trail of staff reads and changes",
      tag: "privacy",
      auth: true,
      query: AuditQuery,
      response: AuditResponse,
      successStatus: 200,
      errors: [400, 401, 403],
      handle: async ({ actor, query }) => {
        const result = await listAuditEvents(deps, requireActor(actor), query.day);
        if (!result.ok) throw new ApiError(403, "forbidden", "Only the school's coordinator sees the audit trail.");
        return { body: { day: query.day, events: result.events } };
      },
    }),
  ];
}
