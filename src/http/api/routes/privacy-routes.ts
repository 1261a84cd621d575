import { eraseStudent } from "../../../use-cases/erase-student.js";
import { excludeProtectedStudent } from "../../../use-cases/exclude-protected-student.js";
import { exportStudentData } from "../../../use-cases/export-student-data.js";
import { ApiError } from "../../errors.js";
import type { ApiDeps } from "../deps.js";
import { requireActor } from "../require-actor.js";
import { defineRoute, type ApiRoute } from "../route.js";
import { IdParams, NoInput } from "../schemas/common.js";
import { ErasureReceiptResponse, StudentExportResponse } from "../schemas/privacy.js";
import type { EraseResult } from "../../../use-cases/erase-student.js";

const unavailable = () => new ApiError(503, "unavailable", "Data rights are not available with this storage.");

/** Data rights (DESIGN §6): export for the coordinator or the student; erasure and exclusion for the coordinator. */
export function privacyRoutes(deps: ApiDeps): ApiRoute[] {
  const receipt = (result: EraseResult) => {
    if (result.ok) return { body: result.receipt };
    if (result.error === "unavailable") throw unavailable();
    throw new ApiError(403, "forbidden", "Only the school's coordinator can do this.");
  };
  return [
    defineRoute({
      method: "get",
      path: "/api/v1/students/:id/export",
      operationId: "exportStudentData",
      summary: "All of a student's stored data as JSON: the coordinator (audited) or the student themself",
      tag: "privacy",
      auth: true,
      params: IdParams,
      response: StudentExportResponse,
      successStatus: 200,
      errors: [400, 401, 403, 404],
      handle: async ({ actor, params }) => {
        const result = await exportStudentData(deps, requireActor(actor), params.id);
        if (result.ok) return { body: result.export };
        if (result.error === "unavailable") throw unavailable();
        throw new ApiError(404, "notFound", "No such student.");
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/students/:id/erase",
      operationId: "eraseStudent",
      summary: "Coordinator: delete every row naming the student, block late duplicates, and return a receipt",
      tag: "privacy",
      auth: true,
      params: IdParams,
      body: NoInput,
      response: ErasureReceiptResponse,
      successStatus: 200,
      errors: [400, 401, 403],
      handle: async ({ actor, params }) => receipt(await eraseStudent(deps, requireActor(actor), params.id)),
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/students/:id/protected-identity",
      operationId: "excludeProtectedStudent",
      summary: "Coordinator: keep a student with protected identity out of surveys, rosters and aggregates",
      tag: "privacy",
      auth: true,
      params: IdParams,
      body: NoInput,
      response: ErasureReceiptResponse,
      successStatus: 200,
      errors: [400, 401, 403],
      handle: async ({ actor, params }) => receipt(await excludeProtectedStudent(deps, requireActor(actor), params.id)),
    }),
  ];
}
