import type { InvokeResponse } from "botbuilder";
import type { CardPayload } from "../ports/messaging.js";

export const ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";

/**
 * The `adaptiveCard/action` invoke response that replaces the card for the user who pressed the button
 * (universal-action-model.md; fixture teams-invokeResponse-adaptiveCard-card.json).
 *
 * Errors use this too, with HTTP 200 and an error card, not a 400 `application/vnd.microsoft.error`: Teams shows
 * an error response only as a generic, unlocalized "Something went wrong" banner, while a card lets us say in the
 * student's language what happened and offer a way back to the survey.
 */
export function cardInvokeResponse(card: CardPayload): InvokeResponse {
  return { status: 200, body: { statusCode: 200, type: ADAPTIVE_CARD, value: card } };
}
