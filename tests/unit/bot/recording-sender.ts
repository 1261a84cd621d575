import {
  SendFailure,
  type CardPayload,
  type ConversationAddress,
  type MessageSender,
} from "../../../src/ports/messaging.js";
import type { RosterEntry, RosterReader } from "../../../src/ports/messaging.js";

/** A MessageSender for use-case unit tests: records sends, hands out stable 1:1 ids, fails on request. */
export class RecordingSender implements MessageSender {
  readonly sent: Array<{ to: ConversationAddress; card: CardPayload; summary: string }> = [];
  readonly created: string[] = [];
  /** Every sendCard call, failed or not. */
  attempts = 0;
  private readonly failures = new Map<string, SendFailure[]>();

  /** The next sends to `conversationId` (or creations for `teamsUserId`) fail with these. */
  failFor(id: string, ...failures: SendFailure[]): void {
    this.failures.set(id, [...(this.failures.get(id) ?? []), ...failures]);
  }

  async sendCard(to: ConversationAddress, card: CardPayload, summary: string) {
    this.attempts++;
    const failure = this.failures.get(to.conversationId)?.shift();
    if (failure) throw failure;
    this.sent.push({ to, card, summary });
    return { activityId: `m${this.sent.length}` };
  }

  async createPersonalConversation(_serviceUrl: string, _tenantId: string, teamsUserId: string) {
    const failure = this.failures.get(teamsUserId)?.shift();
    if (failure) throw failure;
    this.created.push(teamsUserId);
    return { conversationId: `a:${teamsUserId}` };
  }
}

export class FixedRoster implements RosterReader {
  constructor(public entries: RosterEntry[]) {}
  async members(): Promise<RosterEntry[]> {
    return this.entries;
  }
}

export { SendFailure };
