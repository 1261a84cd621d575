import type { ActionCard } from "../../../domain/action-cards/action-card.js";
import type { Locale } from "../../../domain/locale.js";
import { listActionCards } from "../../../use-cases/list-action-cards.js";
import { saveActionCard } from "../../../use-cases/save-action-card.js";
import { ApiError } from "../../errors.js";
import type { ApiDeps } from "../deps.js";
import { requireActor } from "../require-actor.js";
import { defineRoute, type ApiRoute } from "../route.js";
import type { ActionCardView } from "../schemas/action-cards.js";
import {
  ActionCardsResponse,
  ActionCardView as ActionCardViewSchema,
  SaveActionCardBody,
} from "../schemas/action-cards.js";
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
    defineRoute({
      method: "post",
      path: "/api/v1/action-cards",
      operationId: "saveActionCard",
      summary: "Add or edit a card of the school's library, in all four languages (coordinators only)",
      tag: "action-cards",
      auth: true,
      query: LocaleQuery,
      body: SaveActionCardBody,
      response: ActionCardViewSchema,
      successStatus: 200,
      errors: [400, 401, 403],
      handle: async ({ actor, body, locale }) => {
        const result = await saveActionCard(deps, requireActor(actor), body);
        if (result.ok) return { body: cardView(result.card, locale) };
        if (result.error === "forbidden") throw new ApiError(403, "forbidden", "Only coordinators edit the library.");
        throw new ApiError(400, "badRequest", "The follow-up must not come before the due date.");
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
