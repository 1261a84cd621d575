import { randomUUID } from "node:crypto";
import type { Locale } from "../../../domain/locale.js";
import type { ScheduleInput, Weekday } from "../../../domain/schedule/schedule.js";
import type { ScheduleProblem } from "../../../domain/schedule/validate-schedule.js";
import { t, type MessageKey } from "../../../i18n/translate.js";
import type { ScheduleResult } from "../../../use-cases/create-schedule.js";
import { createSchedule } from "../../../use-cases/create-schedule.js";
import { deleteSchedule } from "../../../use-cases/delete-schedule.js";
import { getDeliveryReport } from "../../../use-cases/get-delivery-report.js";
import { listSchedules, listSchoolSchedules } from "../../../use-cases/list-schedules.js";
import { pauseSchedule } from "../../../use-cases/pause-schedule.js";
import { sendScheduleNow } from "../../../use-cases/send-schedule-now.js";
import { updateSchedule } from "../../../use-cases/update-schedule.js";
import { ApiError } from "../../errors.js";
import type { ApiDeps } from "../deps.js";
import { requireActor } from "../require-actor.js";
import { defineRoute, type ApiRoute } from "../route.js";
import { IdParams, LocaleQuery, NoInput } from "../schemas/common.js";
import { refusal } from "./schedule-refusals.js";
import {
  DeleteBody,
  DeliveryReportResponse,
  PauseBody,
  RoundParams,
  ScheduleBody,
  ScheduleListResponse,
  ScheduleResponse,
  SchoolScheduleListResponse,
  SendNowResponse,
  UpdateScheduleBody,
} from "../schemas/schedules.js";

const ids = { next: () => randomUUID() };

/**
 * Schedules of a class (its teachers, or a coordinator), school-wide schedules (coordinators) and each round's
 * delivery report (issue 4).
 */
export function scheduleRoutes(deps: ApiDeps): ApiRoute[] {
  const route = <T>(path: string, operationId: string, summary: string, extra: T) => ({
    path,
    operationId,
    summary,
    tag: "schedules",
    auth: true as const,
    query: LocaleQuery,
    errors: [400, 401, 403, 404, 409],
    ...extra,
  });
  return [
    defineRoute({
      ...route("/api/v1/classes/:id/schedules", "listSchedules", "The class's survey schedules", {}),
      method: "get",
      params: IdParams,
      response: ScheduleListResponse,
      successStatus: 200,
      handle: async ({ actor, params }) => {
        const result = await listSchedules(deps, requireActor(actor), params.id);
        if (!result.ok) throw new ApiError(403, "forbidden", "Only the class's teachers and coordinators.");
        return { body: { schedules: result.schedules } };
      },
    }),
    defineRoute({
      ...route("/api/v1/school/schedules", "listSchoolSchedules", "The school-wide survey schedules", {}),
      method: "get",
      response: SchoolScheduleListResponse,
      successStatus: 200,
      handle: async ({ actor, locale }) => {
        const result = await listSchoolSchedules(deps, requireActor(actor));
        if (!result.ok) throw refusal("forbidden", locale);
        return { body: { schedules: result.schedules, classes: result.classes } };
      },
    }),
    defineRoute({
      ...route("/api/v1/schedules", "createSchedule", "Create a schedule for a class", {}),
      method: "post",
      body: ScheduleBody,
      response: ScheduleResponse,
      successStatus: 201,
      handle: async ({ actor, body, locale }) =>
        answer(await createSchedule({ ...deps, ids }, requireActor(actor), input(body)), locale, 201),
    }),
    defineRoute({
      ...route("/api/v1/schedules/:id/update", "updateSchedule", "Edit a schedule (409 when the etag is stale)", {}),
      method: "post",
      params: IdParams,
      body: UpdateScheduleBody,
      response: ScheduleResponse,
      successStatus: 200,
      handle: async ({ actor, params, body: { etag, ...fields }, locale }) =>
        answer(await updateSchedule(deps, requireActor(actor), params.id, { input: input(fields), etag }), locale, 200),
    }),
    defineRoute({
      ...route("/api/v1/schedules/:id/pause", "pauseSchedule", "Pause or resume a schedule", {}),
      method: "post",
      params: IdParams,
      body: PauseBody,
      response: ScheduleResponse,
      successStatus: 200,
      handle: async ({ actor, params, body, locale }) =>
        answer(await pauseSchedule(deps, requireActor(actor), params.id, body.paused, body.etag), locale, 200),
    }),
    defineRoute({
      ...route("/api/v1/schedules/:id/delete", "deleteSchedule", "Delete a schedule (its rounds stay)", {}),
      method: "post",
      params: IdParams,
      body: DeleteBody,
      response: NoInput,
      successStatus: 200,
      handle: async ({ actor, params, body, locale }) => {
        const result = await deleteSchedule(deps, requireActor(actor), params.id, body.etag);
        if (!result.ok) throw refusal(result.reason, locale);
        return { body: {} };
      },
    }),
    defineRoute({
      ...route("/api/v1/schedules/:id/send-now", "sendScheduleNow", "Open a one-off round of a schedule now", {}),
      method: "post",
      params: IdParams,
      body: NoInput,
      response: SendNowResponse,
      successStatus: 201,
      handle: async ({ actor, params, locale }) => {
        const result = await sendScheduleNow(deps, requireActor(actor), params.id);
        if (!result.ok) throw refusal(result.reason, locale);
        const opened = result.rounds.length;
        return {
          status: opened ? 201 : 200,
          body: { roundId: result.roundId, opened: opened > 0, classesOpened: opened },
        };
      },
    }),
    defineRoute({
      ...route("/api/v1/classes/:id/rounds/:roundId/delivery", "getDeliveryReport", "Who got a round's survey", {}),
      method: "get",
      params: RoundParams,
      response: DeliveryReportResponse,
      successStatus: 200,
      handle: async ({ actor, params }) => {
        const result = await getDeliveryReport(deps, requireActor(actor), params.id, params.roundId);
        if (result.ok) return { body: result.report };
        throw result.reason === "forbidden"
          ? new ApiError(403, "forbidden", "Only the class's teachers and coordinators.")
          : new ApiError(404, "notFound", "No such round.");
      },
    }),
  ];
}

function input(body: Omit<ScheduleInput, "weekday"> & { weekday: number }): ScheduleInput {
  // validateSchedule refuses weekdays outside 1..7 with a localized problem; the cast only carries it there.
  return { ...body, weekday: body.weekday as Weekday };
}

/** Translates a use case's result once, here (DESIGN §8.7): refusals become localized API errors. */
function answer(result: ScheduleResult, locale: Locale, status: number) {
  if (result.ok) return { status, body: { schedule: result.schedule } };
  throw result.reason === "invalid" ? invalid(result.problems, locale) : refusal(result.reason, locale);
}

function invalid(problems: ScheduleProblem[], locale: Locale) {
  return new ApiError(
    400,
    "badRequest",
    t(locale, "schedule.invalid"),
    problems.map((p) => ({ path: p.field, message: t(locale, `schedule.problem.${p.code}` as MessageKey) })),
  );
}
