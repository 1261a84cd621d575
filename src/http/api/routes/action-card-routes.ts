import type { ActionCard } from "../../../domain/action-cards/action-card.js";
import type { Locale } from "../../../domain/locale.js";
import { listActionCards } from "../../../use-cases/list-action-cards.js";
import type { ApiDeps } from "../deps.js";
import { requireActor } from "../require-actor.js";
import { defineRoute, type ApiRoute } from "../route.js";
import type { ActionCardView } from "../schemas/action-cards.js";
import { ActionCardsResponse } from "../schemas/action-cards.js";
import { LocaleQuery } from "../schemas/common.js";

/** GET /api/v1/action-cards: the school's library in one language. */
export function actionCardRoutes(deps: ApiDeps): ApiRoute[] {
  return [
    defineRoute({
      method: "get",
      path: "/api/v1/action-cards",
      operationId: "listActionCards",
      summary: "The Action Card library (built-in and the school's own) in the requested locale",
      tag: "action-cards",
      auth: true,
      query: LocaleQuery,
      response: ActionCardsResponse,
      successStatus: 200,
      errors: [400, 401, 403],
      handle: async ({ actor, locale }) => {
        const cards = await listActionCards(deps.stores, requireActor(actor).tenantId);
        return { body: { locale, cards: cards.map((card) => cardView(card, locale)) } };
      },
    }),
  ];
}

export function cardView(card: ActionCard, locale: Locale): ActionCardView {
  const text = card.text[locale];
  return {
    cardId: card.cardId,
    title: text.title,
    summary: text.summary,
    steps: text.steps,
    ownerRole: card.ownerRole,
    dueInDays: card.dueInDays,
    followUpInDays: card.followUpInDays,
    answers: card.answers,
    builtIn: card.builtIn,
  };
}
