import { chatFingerprint } from "../domain/school/chat-fingerprint.js";
import type { PersonalConversation } from "../domain/school/school.js";
import { SendFailure } from "../ports/messaging.js";
import type { RenderedCard } from "./card-renderers.js";
import {
  ensurePersonalConversation,
  type EnsureConversationDeps,
  type EnsureConversationInput,
} from "./ensure-personal-conversation.js";

export type PersonalSendOutcome =
  | { status: "sent"; activityId: string; conversation: PersonalConversation }
  | { status: "notInstalled" }
  | { status: "blocked"; reason: string }
  | { status: "failed"; reason: string };

/**
 * Sends a card to one person's 1:1 chat, creating the chat when needed and rebuilding it once after a 404
 * (DESIGN §5). The card is rendered for the locale stored with the conversation, and may carry the chat's
 * fingerprint (chat-fingerprint.ts) so an answer from an unchanged chat skips the reference refresh. Throttling
 * and transient connector errors are thrown (SendFailure) so a queue can retry; everything final comes back as an
 * outcome.
 * `beforeSend` has finished before any card request starts.
 */
export async function sendPersonalCard(
  deps: EnsureConversationDeps,
  target: EnsureConversationInput,
  render: (storedLocale: string, chat: string) => RenderedCard,
  beforeSend?: () => Promise<void>,
): Promise<PersonalSendOutcome> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // The caller's pre-send write (a delivery marker) runs beside the chat lookup: one round trip, not two.
      // allSettled: a failed lookup must not leave the marker write in flight, to land after a later outcome.
      const [lookup, marked] = await Promise.allSettled([
        ensurePersonalConversation(deps, { ...target, rebuild: attempt > 0 }),
        beforeSend?.(),
      ]);
      if (lookup.status === "rejected") throw lookup.reason;
      if (marked.status === "rejected") throw marked.reason;
      const found = lookup.value;
      if (!found.ok) return found.reason === "notInstalled" ? { status: "notInstalled" } : failed("unknownUser");
      const { conversation } = found;
      const { card, summary } = render(conversation.locale, chatFingerprint(conversation));
      const address = {
        serviceUrl: conversation.serviceUrl,
        conversationId: conversation.conversationId,
        tenantId: conversation.tenantId,
      };
      const { activityId } = await deps.sender.sendCard(address, card, summary);
      return { status: "sent", activityId, conversation };
    } catch (error) {
      if (!(error instanceof SendFailure)) throw error;
      if (error.kind === "throttled" || error.kind === "transient") throw error;
      if (error.kind === "blocked") return { status: "blocked", reason: `blocked (${error.status})` };
      if (error.kind === "notFound" && attempt === 0) continue; // stale reference: rebuild it once
      return failed(`${error.kind} (${error.status})`);
    }
  }
  return failed("notFound");
}

const failed = (reason: string): PersonalSendOutcome => ({ status: "failed", reason });
