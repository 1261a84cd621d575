import { assignActionCard } from "../../../use-cases/assign-action-card.js";
import { getStudentRecord } from "../../../use-cases/get-student-record.js";
import { listMyStudents } from "../../../use-cases/list-my-students.js";
import { ApiError } from "../../errors.js";
import type { ApiDeps } from "../deps.js";
import { requireActor } from "../require-actor.js";
import { defineRoute, type ApiRoute } from "../route.js";
import { IdParams, LocaleQuery } from "../schemas/common.js";
import { caseRoutes } from "./case-routes.js";
import { AssignCaseBody, AssignCaseResponse, MyStudentsResponse, StudentRecordResponse } from "../schemas/students.js";

/** A student the actor may not see is answered exactly like one that does not exist (DESIGN §7). */
const notFound = () => new ApiError(404, "notFound", "No such student.");

/** The mentor's list, a student's record, and assigning an Action Card as a case. */
export function studentRoutes(deps: ApiDeps): ApiRoute[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/v1/my-students",
      operationId: "listMyStudents",
      summary: "The mentor's students, flagged first, with reasons in words, trend, open case and suggested card",
      tag: "students",
      auth: true,
      query: LocaleQuery,
      response: MyStudentsResponse,
      successStatus: 200,
      errors: [400, 401, 403],
      handle: async ({ actor, locale }) => ({
        body: { students: await listMyStudents(deps, requireActor(actor), locale) },
      }),
    }),
    defineRoute({
      method: "get",
      path: "/api/v1/students/:id",
      operationId: "getStudent",
      summary: "One student's trend, answers, flags and cases: the student themself or one of their mentors (audited)",
      tag: "students",
      auth: true,
      params: IdParams,
      query: LocaleQuery,
      response: StudentRecordResponse,
      successStatus: 200,
      errors: [400, 401, 403, 404],
      handle: async ({ actor, params, locale }) => {
        const result = await getStudentRecord(deps, requireActor(actor), params.id, locale);
        if (!result.ok) throw notFound();
        return { body: result.record };
      },
    }),
    defineRoute({
      method: "post",
      path: "/api/v1/students/:id/cases",
      operationId: "assignActionCard",
      summary: "Assign an Action Card to a student as a case (one of the student's mentors); the owner is notified",
      tag: "students",
      auth: true,
      params: IdParams,
      query: LocaleQuery,
      body: AssignCaseBody,
      response: AssignCaseResponse,
      successStatus: 201,
      errors: [400, 401, 403, 404],
      handle: async ({ actor, params, body, locale }) => {
        const input = { studentId: params.id, cardId: body.cardId, ownerId: body.ownerId };
        const result = await assignActionCard(deps, requireActor(actor), input, locale);
        if (!result.ok) {
          if (result.error === "notFound") throw notFound();
          if (result.error === "unknownCard") throw new ApiError(400, "badRequest", "No such Action Card.");
          throw new ApiError(400, "badRequest", "The case owner must be one of the student's support staff.");
        }
        const { value, summary } = result;
        return {
          status: result.created ? 201 : 200,
          body: {
            created: result.created,
            case: {
              ...summary,
              studentId: value.studentId,
              followUpDate: value.followUpDate,
              assignedBy: value.assignedBy,
            },
          },
        };
      },
    }),
    ...caseRoutes(deps),
  ];
}
