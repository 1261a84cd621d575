import type { PersonalConversation } from "../domain/school/school.js";
import type { MessageSender } from "../ports/messaging.js";
import type { Stores } from "../ports/stores.js";

export interface EnsureConversationDeps {
  stores: Pick<Stores, "conversations" | "members" | "classes">;
  sender: MessageSender;
}

export interface EnsureConversationInput {
  tenantId: string;
  userId: string;
  /** Known from a roster row; otherwise looked up in the user's classes. */
  teamsUserId?: string | undefined;
  serviceUrl?: string | undefined;
  /** Stored with a new reference; empty when not known yet (the user's own activities fill it in later). */
  locale?: string | undefined;
  /** Create a fresh conversation even if one is stored (after a 404 from the connector, DESIGN §5). */
  rebuild?: boolean;
}

export type EnsureConversationResult =
  | { ok: true; conversation: PersonalConversation; created: boolean }
  | { ok: false; reason: "notInstalled" | "unknownUser" };

/**
 * Finds the bot's 1:1 chat with a user, creating it through the Bot Connector when none is stored (possible once
 * the app is installed in a team the user belongs to). A user who removed the app is never written to again.
 * Connector failures are thrown as SendFailure for the caller to record.
 */
export async function ensurePersonalConversation(
  deps: EnsureConversationDeps,
  input: EnsureConversationInput,
): Promise<EnsureConversationResult> {
  const { stores } = deps;
  const stored = await stores.conversations.get(input.tenantId, input.userId);
  if (stored && !stored.installed) return { ok: false, reason: "notInstalled" };
  if (stored && !input.rebuild) return { ok: true, conversation: stored, created: false };

  const address = await teamsAddress(deps, input, stored);
  if (!address) return { ok: false, reason: "unknownUser" };
  const { conversationId } = await deps.sender.createPersonalConversation(
    address.serviceUrl,
    input.tenantId,
    address.teamsUserId,
  );
  const conversation: PersonalConversation = {
    tenantId: input.tenantId,
    userId: input.userId,
    teamsUserId: address.teamsUserId,
    serviceUrl: address.serviceUrl,
    conversationId,
    locale: stored?.locale || input.locale || "",
    installed: true,
  };
  await stores.conversations.save(conversation);
  return { ok: true, conversation, created: true };
}

async function teamsAddress(
  deps: EnsureConversationDeps,
  input: EnsureConversationInput,
  stored: PersonalConversation | undefined,
): Promise<{ teamsUserId: string; serviceUrl: string } | undefined> {
  const teamsUserId = input.teamsUserId ?? stored?.teamsUserId;
  const serviceUrl = input.serviceUrl ?? stored?.serviceUrl;
  if (teamsUserId && serviceUrl) return { teamsUserId, serviceUrl };
  // Not given: any installed class team the user is in knows their Teams id and the tenant's serviceUrl.
  for (const membership of await deps.stores.members.classesOf(input.tenantId, input.userId)) {
    const schoolClass = await deps.stores.classes.get(input.tenantId, membership.classId);
    if (schoolClass?.installed && membership.teamsUserId) {
      return { teamsUserId: teamsUserId ?? membership.teamsUserId, serviceUrl: serviceUrl ?? schoolClass.serviceUrl };
    }
  }
  return undefined;
}
