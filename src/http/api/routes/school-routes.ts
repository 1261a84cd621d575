import { getSchoolOverview } from "../../../use-cases/get-school-overview.js";
import { listActionCards } from "../../../use-cases/list-action-cards.js";
import { ApiError } from "../../errors.js";
import type { ApiDeps } from "../deps.js";
import { requireActor } from "../require-actor.js";
import { defineRoute, type ApiRoute } from "../route.js";
import { LocaleQuery } from "../schemas/common.js";
import { SchoolOverviewResponse } from "../schemas/school.js";
import { mentorshipRoutes } from "./mentorship-routes.js";

/** The coordinator's school view: aggregates only, each over k >= 5 and safe against differencing. */
export function schoolRoutes(deps: ApiDeps): ApiRoute[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/v1/school/overview",
      operationId: "getSchoolOverview",
      summary: "Classes, levels and the school: participation, means, flags by reason, Action Card use and effect",
      tag: "school",
      auth: true,
      query: LocaleQuery,
      response: SchoolOverviewResponse,
      successStatus: 200,
      errors: [400, 401, 403],
      handle: async ({ actor, locale }) => {
        const who = requireActor(actor);
        const overview = await getSchoolOverview(deps.stores, who);
        if (!overview) throw new ApiError(403, "forbidden", "Only coordinators see the school overview.");
        const library = await listActionCards(deps.stores, who.tenantId);
        const title = (cardId: string) => library.find((c) => c.cardId === cardId)?.text[locale].title ?? cardId;
        return { body: { ...overview, cards: overview.cards.map((c) => ({ ...c, title: title(c.cardId) })) } };
      },
    }),
    ...mentorshipRoutes(deps),
  ];
}
