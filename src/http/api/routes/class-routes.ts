import { canOpenCheckIn } from "../../../domain/privacy/access.js";
import { getClassOverview } from "../../../use-cases/get-class-overview.js";
import { ApiError } from "../../errors.js";
import type { ApiDeps } from "../deps.js";
import { HIDDEN_ROUND_OPEN, HIDDEN_TOO_FEW_RESPONDENTS } from "../messages.js";
import { requireActor } from "../require-actor.js";
import { defineRoute, type ApiRoute } from "../route.js";
import { CheckInResponse, ClassOverviewResponse } from "../schemas/classes.js";
import { IdParams, LocaleQuery, NoInput } from "../schemas/common.js";
import type { CheckInStarter } from "../deps.js";

/** The teacher's class view: aggregates only, each hidden under k = 5 (DESIGN §6). */
export function classRoutes(deps: ApiDeps): ApiRoute[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/v1/classes/:id/overview",
      operationId: "getClassOverview",
      summary: "Participation per round and class means per question, hidden under 5 respondents",
      tag: "classes",
      auth: true,
      params: IdParams,
      query: LocaleQuery,
      response: ClassOverviewResponse,
      successStatus: 200,
      errors: [400, 401, 403, 404],
      handle: async ({ actor, params, locale }) => {
        const result = await getClassOverview(deps.stores, requireActor(actor), params.id, locale);
        if (!result.ok) {
          throw result.error === "forbidden"
            ? new ApiError(403, "forbidden", "Only the class's teachers and coordinators see this class.")
            : new ApiError(404, "notFound", "No such class.");
        }
        const hiddenReason = HIDDEN_TOO_FEW_RESPONDENTS[locale];
        const rounds = result.overview.rounds.map((round) => ({
          ...round,
          questions: round.questions.map((q) =>
            q.hidden
              ? { ...q, hiddenReason: q.hiddenBecause === "roundOpen" ? HIDDEN_ROUND_OPEN[locale] : hiddenReason }
              : q,
          ),
        }));
        return { body: { ...result.overview, rounds } };
      },
    }),
    ...(deps.checkIn ? [checkInRoute(deps.checkIn)] : []),
  ];
}

/** "Check in now" from the class view: the same flow as saying "check in" to the bot in the channel. */
function checkInRoute(checkIn: CheckInStarter): ApiRoute {
  return defineRoute({
    method: "post",
    path: "/api/v1/classes/:id/check-in",
    operationId: "openCheckIn",
    summary: "A teacher of the class opens a check-in now: the survey goes to the channel and each student",
    tag: "classes",
    auth: true,
    params: IdParams,
    query: LocaleQuery,
    body: NoInput,
    response: CheckInResponse,
    successStatus: 201,
    errors: [400, 401, 403, 404],
    handle: async ({ actor, params, locale }) => {
      const teacher = requireActor(actor);
      if (!canOpenCheckIn(teacher, params.id)) {
        throw new ApiError(403, "forbidden", "Only the class's teachers can open a check-in.");
      }
      const result = await checkIn({ tenantId: teacher.tenantId, classId: params.id, actorId: teacher.userId, locale });
      if (result.ok) return { status: 201, body: { roundId: result.round.roundId, opened: true } };
      if (result.reason === "alreadyOpen")
        return { status: 200, body: { roundId: result.round.roundId, opened: false } };
      if (result.reason === "notTeacher")
        throw new ApiError(403, "forbidden", "Only the class's teachers can open a check-in.");
      throw new ApiError(404, "notFound", "No such class.");
    },
  });
}
