import { TeamsActivityHandler, type InvokeResponse, type TurnContext } from "botbuilder";
import { chatFingerprint } from "../domain/school/chat-fingerprint.js";
import { registerPersonalChat } from "../use-cases/register-personal-chat.js";
import type { BotDeps } from "./bot-deps.js";
import { echoedChat, fromInvokeValue } from "./card-action.js";
import { routeCardAction } from "./card-action-routes.js";
import { errorCard } from "./cards/error-card.js";
import { onConversationUpdate, onInstallationUpdate, personalReference } from "./installation-routes.js";
import { cardInvokeResponse } from "./invoke-response.js";
import { onMessage } from "./message-routes.js";
import { turnFacts } from "./turn-facts.js";

const UNSUPPORTED_INVOKE: InvokeResponse = {
  status: 400,
  body: { code: "NotSupported", message: "This app does not handle that invoke." },
};

/**
 * Trivsel's Teams bot: routing only. Each activity is parsed into facts, handed to one use case, and answered
 * with a card or a short localized text (DESIGN §8.2). botbuilder stays inside src/bot and the bot-framework
 * adapter, so moving to the Microsoft 365 Agents SDK touches nothing else.
 */
export class TrivselBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDeps) {
    super();
  }

  protected override async onTurnActivity(context: TurnContext): Promise<void> {
    // The reference refresh is independent of the user's action (and never throws), so it runs beside it.
    const remembered = this.rememberPersonalChat(context);
    try {
      await super.onTurnActivity(context);
    } finally {
      await remembered;
    }
  }

  protected override async onInstallationUpdateActivity(context: TurnContext): Promise<void> {
    await onInstallationUpdate(this.deps, context);
  }

  protected override async onConversationUpdateActivity(context: TurnContext): Promise<void> {
    await onConversationUpdate(this.deps, context);
  }

  protected override async onMessageActivity(context: TurnContext): Promise<void> {
    await onMessage(this.deps, context, turnFacts(context.activity));
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== "adaptiveCard/action") {
      const response = await super.onInvokeActivity(context);
      // Invokes for features this app does not have (message extensions, task modules...) are the sender's
      // mistake: a 400 in botbuilder's own error shape, not a 501 (a 5xx reads as our failure in monitoring).
      return response.status === 501 ? UNSUPPORTED_INVOKE : response;
    }
    const facts = turnFacts(context.activity);
    const action = fromInvokeValue(context.activity.value);
    const card = action
      ? await routeCardAction(this.deps, facts, action)
      : errorCard({ reason: "invalidRequest" }, facts.locale);
    return cardInvokeResponse(card);
  }

  /**
   * A user writing or pressing a button in their 1:1 chat refreshes its stored reference, so proactive cards
   * reach the right conversation in the user's current language. One point read; a write only on change; nothing
   * when the pressed card was sent to this very reference (its fingerprint came back unchanged).
   */
  private async rememberPersonalChat(context: TurnContext): Promise<void> {
    const { type } = context.activity;
    if (type !== "message" && type !== "invoke") return;
    const facts = turnFacts(context.activity);
    if (facts.scope !== "personal" || !facts.userId || !facts.tenantId) return;
    const reference = personalReference(facts, facts.userId);
    if (echoedChat(context.activity.value) === chatFingerprint(reference)) return;
    try {
      await registerPersonalChat(this.deps, reference);
    } catch (error) {
      // Only a refresh of a reference the next turn refreshes again: storage trouble here must not block the
      // user's own action, which reports its own failure (a "could not save, try again" card for an answer).
      const code = (error as { code?: unknown }).code;
      this.deps.logger.warn(
        { tenantId: facts.tenantId, code: typeof code === "string" ? code : undefined },
        "chat reference not refreshed",
      );
    }
  }
}
