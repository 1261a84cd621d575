import type { ActionCard } from "../../domain/action-cards/action-card.js";
import { BUILT_IN_ACTION_CARDS } from "../../domain/action-cards/built-in-cards.js";

/** Built-in cards in library order with the school's versions swapped in, then the school's new cards. */
export function mergeLibrary(own: readonly ActionCard[]): ActionCard[] {
  const byId = new Map(own.map((card) => [card.cardId, card]));
  const merged = BUILT_IN_ACTION_CARDS.map((card) => byId.get(card.cardId) ?? card);
  const builtInIds = new Set(BUILT_IN_ACTION_CARDS.map((card) => card.cardId));
  return [...merged, ...own.filter((card) => !builtInIds.has(card.cardId))];
}
