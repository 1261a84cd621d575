import type { ConversationParameters } from "botbuilder";
import type { CardPayload, ConversationAddress, MessageSender, SendResult } from "../../ports/messaging.js";
import type { ConnectorClients } from "./connector-clients.js";
import { sendFailureFrom } from "./send-failure-from.js";

export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

/** MessageSender on the Bot Connector REST API (v3): proactive cards and 1:1 conversation creation. */
export class BotConnectorSender implements MessageSender {
  constructor(
    private readonly clients: ConnectorClients,
    private readonly appId: string,
  ) {}

  async sendCard(to: ConversationAddress, card: CardPayload, summary: string): Promise<SendResult> {
    const client = await this.clients.forServiceUrl(to.serviceUrl);
    try {
      const response = await client.conversations.sendToConversation(to.conversationId, {
        type: "message",
        // Teams shows `summary` in notifications and the chat list: callers keep it free of scores and reasons.
        summary,
        attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card }],
        channelData: { tenant: { id: to.tenantId } },
      });
      return { activityId: response.id ?? "" };
    } catch (error) {
      throw sendFailureFrom(error);
    }
  }

  async createPersonalConversation(
    serviceUrl: string,
    tenantId: string,
    teamsUserId: string,
  ): Promise<{ conversationId: string }> {
    const client = await this.clients.forServiceUrl(serviceUrl);
    try {
      // Shape of teams-rest-createConversation-personal-request.json: exactly one member, tenantId required.
      // `bot` is optional on the wire (SOURCES.md §5) and unknown with auth off; the SDK type insists on it.
      const parameters = {
        isGroup: false,
        ...(this.appId ? { bot: { id: `28:${this.appId}`, name: "" } } : {}),
        members: [{ id: teamsUserId, name: "" }],
        tenantId,
        channelData: { tenant: { id: tenantId } },
      } as ConversationParameters;
      const response = await client.conversations.createConversation(parameters);
      return { conversationId: response.id ?? "" };
    } catch (error) {
      throw sendFailureFrom(error);
    }
  }
}
