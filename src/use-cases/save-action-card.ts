import type { ActionCard, ActionCardText } from "../domain/action-cards/action-card.js";
import type { Localized } from "../domain/locale.js";
import type { Actor } from "../domain/privacy/access.js";
import type { MentorRole } from "../domain/school/school.js";
import type { FlagReasonKind } from "../domain/scoring/flag.js";
import type { Clock } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";

export interface SaveActionCardInput {
  cardId: string;
  answers: FlagReasonKind[];
  ownerRole: MentorRole;
  dueInDays: number;
  followUpInDays: number;
  /** All four languages: a card a mentor cannot read in their language is no help (issue 6). */
  text: Localized<ActionCardText>;
}

export type SaveActionCardResult = { ok: true; card: ActionCard } | { ok: false; error: "forbidden" | "invalid" };

/**
 * A coordinator adds a card to the school's library or edits one (a built-in card's id saves the school's own
 * version over it). Follow-up must not come before the due date. Cases already assigned keep their card id.
 */
export async function saveActionCard(
  deps: { stores: Stores; clock: Clock },
  actor: Actor,
  input: SaveActionCardInput,
): Promise<SaveActionCardResult> {
  if (!actor.isCoordinator) return { ok: false, error: "forbidden" };
  if (input.followUpInDays < input.dueInDays) return { ok: false, error: "invalid" };
  const card: ActionCard = { ...input, dimensions: [], builtIn: false };
  const existing = await deps.stores.actionCards.get(actor.tenantId, input.cardId);
  await deps.stores.actionCards.save(actor.tenantId, { ...card, dimensions: existing?.dimensions ?? [] });
  return { ok: true, card };
}
