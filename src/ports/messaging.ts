/** Card JSON ready to send (an Adaptive Card object). */
export type CardPayload = Record<string, unknown>;

export interface ConversationAddress {
  serviceUrl: string;
  conversationId: string;
  tenantId: string;
}

export interface SendResult {
  activityId: string;
}

/** Typed send failures the dispatch layer acts on (DESIGN §5). */
export type SendFailureKind = "throttled" | "transient" | "blocked" | "notFound" | "rejected";

export class SendFailure extends Error {
  constructor(
    readonly kind: SendFailureKind,
    readonly status: number,
    readonly retryAfterMs?: number,
  ) {
    super(`send failed: ${kind} (${status})`);
  }
}

/** Sends into Teams through the Bot Connector. Implemented in adapters/bot-framework only. */
export interface MessageSender {
  sendCard(to: ConversationAddress, card: CardPayload, summary: string): Promise<SendResult>;
  /** Creates (or returns) the bot's 1:1 conversation with a Teams user. */
  createPersonalConversation(
    serviceUrl: string,
    tenantId: string,
    teamsUserId: string,
  ): Promise<{ conversationId: string }>;
}

export interface RosterEntry {
  teamsUserId: string;
  userId: string;
  name: string;
  userRole: string;
}

/** Reads a team's members through the Bot Connector (paged). */
export interface RosterReader {
  members(serviceUrl: string, teamId: string, tenantId: string): Promise<RosterEntry[]>;
}

/** Tells which members own a team (teachers); Graph in production. */
export interface TeamOwnerDirectory {
  ownerIds(tenantId: string, classId: string): Promise<Set<string>>;
}
