import type { PersonalConversation } from "../domain/school/school.js";
import type { Stores } from "../ports/stores.js";

export type RegisterPersonalChatInput = Omit<PersonalConversation, "installed">;

/**
 * The app was installed for a user (or they wrote to it 1:1): keep the minimal reference proactive sends need
 * (DESIGN §4 `conversations`). Returns true when this is news (first install, or reinstalled after removal),
 * so the bot greets only then, not on every replayed event.
 */
export async function registerPersonalChat(
  deps: { stores: Pick<Stores, "conversations"> },
  input: RegisterPersonalChatInput,
): Promise<boolean> {
  const existing = await deps.stores.conversations.get(input.tenantId, input.userId);
  const next: PersonalConversation = { ...input, installed: true };
  const unchanged =
    existing?.installed === true &&
    existing.conversationId === next.conversationId &&
    existing.serviceUrl === next.serviceUrl &&
    existing.teamsUserId === next.teamsUserId &&
    existing.locale === next.locale;
  if (!unchanged) await deps.stores.conversations.save(next);
  return existing?.installed !== true;
}
