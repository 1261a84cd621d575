import type { ApiDeps } from "./deps.js";
import { buildOpenApi } from "./openapi.js";
import { defineRoute, type ApiRoute } from "./route.js";
import { actionCardRoutes } from "./routes/action-card-routes.js";
import { auditRoutes } from "./routes/audit-routes.js";
import { privacyRoutes } from "./routes/privacy-routes.js";
import { questionSetRoutes } from "./routes/question-set-routes.js";
import { classRoutes } from "./routes/class-routes.js";
import { classClimateRoutes } from "./routes/class-climate-routes.js";
import { scheduleRoutes } from "./routes/schedule-routes.js";
import { schoolRoutes } from "./routes/school-routes.js";
import { demoRoutes } from "./routes/demo-routes.js";
import { flagRoutes } from "./routes/flag-routes.js";
import { healthRoutes } from "./routes/health-routes.js";
import { meRoutes } from "./routes/me-routes.js";
import { settingsRoutes } from "./routes/settings-routes.js";
import { studentRoutes } from "./routes/student-routes.js";
import { wellbeingRoutes } from "./routes/wellbeing-routes.js";
import { z } from "zod";

/** The document's version; bump with breaking API changes. */
export const API_VERSION = "1.0.0";

/** Every route the server registers (health, API, demo when on), plus the OpenAPI document built from them. */
export function apiRoutes(deps: ApiDeps): ApiRoute[] {
  const routes: ApiRoute[] = [
    ...healthRoutes(deps),
    ...meRoutes(deps),
    ...wellbeingRoutes(deps),
    ...studentRoutes(deps),
    ...flagRoutes(deps),
    ...settingsRoutes(deps),
    ...actionCardRoutes(deps),
    ...classRoutes(deps),
    ...classClimateRoutes(deps),
    ...scheduleRoutes(deps),
    ...questionSetRoutes(deps),
    ...schoolRoutes(deps),
    ...privacyRoutes(deps),
    ...auditRoutes(deps),
    ...(deps.demoIssuer ? demoRoutes(deps, deps.demoIssuer) : []),
  ];
  const openApiRoute = defineRoute({
    method: "get",
    path: "/api/v1/openapi.json",
    operationId: "openApi",
    summary: "This document, generated from the zod schemas that validate the API",
    tag: "meta",
    auth: false,
    response: z.record(z.string(), z.unknown()),
    successStatus: 200,
    errors: [],
    handle: async () => ({ body: document }),
  });
  const all = [...routes, openApiRoute];
  const document = buildOpenApi(all, API_VERSION);
  return all;
}
