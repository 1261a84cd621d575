import type { ActionCard } from "../domain/action-cards/action-card.js";
import { BUILT_IN_ACTION_CARDS } from "../domain/action-cards/built-in-cards.js";
import type { Stores } from "../ports/stores.js";

/**
 * The school's Action Card library: the built-in cards, overlaid by the school's own edits and additions
 * (a stored card with a built-in id replaces it). Built-ins come first, in their curated order.
 */
export async function listActionCards(stores: Pick<Stores, "actionCards">, tenantId: string): Promise<ActionCard[]> {
  const stored = await stores.actionCards.list(tenantId);
  const byId = new Map<string, ActionCard>(BUILT_IN_ACTION_CARDS.map((card) => [card.cardId, card]));
  for (const card of stored) byId.set(card.cardId, card);
  return [...byId.values()];
}
