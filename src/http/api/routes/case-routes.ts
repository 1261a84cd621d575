import { addCaseNote } from "../../../use-cases/add-case-note.js";
import type { ChangeCaseResult } from "../../../use-cases/change-case.js";
import { getCase } from "../../../use-cases/change-case.js";
import { closeCase } from "../../../use-cases/close-case.js";
import { handOverCase } from "../../../use-cases/hand-over-case.js";
import { listSupportStaff } from "../../../use-cases/list-support-staff.js";
import { updateCase } from "../../../use-cases/update-case.js";
import { ApiError } from "../../errors.js";
import type { ApiDeps } from "../deps.js";
import { requireActor } from "../require-actor.js";
import { defineRoute, type ApiRoute } from "../route.js";
import {
  CaseDetailResponse,
  CaseNoteBody,
  CaseParams,
  CloseCaseBody,
  HandOverBody,
  SupportStaffResponse,
  UpdateCaseBody,
} from "../schemas/cases.js";
import { IdParams, LocaleQuery } from "../schemas/common.js";

const ERRORS = [400, 401, 403, 404, 409];

/** Turns a refused change into the API's typed error; the tab shows its own localized words per code. */
function unwrap(result: ChangeCaseResult) {
  if (result.ok) return { body: result.detail };
  switch (result.error) {
    case "notFound":
      throw new ApiError(404, "notFound", "No such case.");
    case "conflict":
      throw new ApiError(409, "conflict", "The case was changed by someone else. Reload it and try again.");
    case "closed":
      throw new ApiError(409, "conflict", "The case is closed.");
    case "ownerNotAllowed":
      throw new ApiError(400, "badRequest", "The case owner must be one of the student's support staff.");
    default:
      throw new ApiError(400, "badRequest", "The change is not valid for this case.");
  }
}

/** A case on the student page: read it, tick steps and move dates, add notes, hand it over, close it. */
export function caseRoutes(deps: ApiDeps): ApiRoute[] {
  const base = "/api/v1/students/:id/cases/:caseId";
  const common = { tag: "cases", auth: true, params: CaseParams, query: LocaleQuery, errors: ERRORS } as const;
  return [
    defineRoute({
      ...common,
      method: "get",
      path: base,
      operationId: "getCase",
      summary: "One case with its checklist, staff-only notes, dates, scores before and after, and its etag",
      response: CaseDetailResponse,
      successStatus: 200,
      handle: async ({ actor, params, locale }) => {
        const detail = await getCase(deps, requireActor(actor), params.id, params.caseId, locale);
        if (!detail) throw new ApiError(404, "notFound", "No such case.");
        return { body: detail };
      },
    }),
    defineRoute({
      ...common,
      method: "post",
      path: `${base}/update`,
      operationId: "updateCase",
      summary: "Tick a checklist step or move the due and follow-up dates (409 when the etag is stale)",
      body: UpdateCaseBody,
      response: CaseDetailResponse,
      successStatus: 200,
      handle: async ({ actor, params, body, locale }) =>
        unwrap(await updateCase(deps, requireActor(actor), { ...params, ...body, studentId: params.id }, locale)),
    }),
    defineRoute({
      ...common,
      method: "post",
      path: `${base}/notes`,
      operationId: "addCaseNote",
      summary: "Add a staff-only note (409 when the etag is stale)",
      body: CaseNoteBody,
      response: CaseDetailResponse,
      successStatus: 200,
      handle: async ({ actor, params, body, locale }) =>
        unwrap(await addCaseNote(deps, requireActor(actor), { ...params, ...body, studentId: params.id }, locale)),
    }),
    defineRoute({
      ...common,
      method: "post",
      path: `${base}/hand-over`,
      operationId: "handOverCase",
      summary: "Hand the case to another of the student's support staff, who gets a bot notification",
      body: HandOverBody,
      response: CaseDetailResponse,
      successStatus: 200,
      handle: async ({ actor, params, body, locale }) =>
        unwrap(await handOverCase(deps, requireActor(actor), { ...params, ...body, studentId: params.id }, locale)),
    }),
    defineRoute({
      ...common,
      method: "post",
      path: `${base}/close`,
      operationId: "closeCase",
      summary: "Close the case with an outcome; the student's recent mean is kept as the score after",
      body: CloseCaseBody,
      response: CaseDetailResponse,
      successStatus: 200,
      handle: async ({ actor, params, body, locale }) =>
        unwrap(await closeCase(deps, requireActor(actor), { ...params, ...body, studentId: params.id }, locale)),
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/students/:id/support-staff",
      operationId: "listSupportStaff",
      summary: "The student's support staff (mentor, counsellor, SPS, ...), to whom a case may be handed",
      tag: "cases",
      auth: true,
      params: IdParams,
      query: LocaleQuery,
      response: SupportStaffResponse,
      successStatus: 200,
      errors: [400, 401, 403, 404],
      handle: async ({ actor, params }) => {
        const staff = await listSupportStaff(deps.stores, requireActor(actor), params.id);
        if (!staff) throw new ApiError(404, "notFound", "No such student.");
        return { body: { staff } };
      },
    }),
  ];
}
