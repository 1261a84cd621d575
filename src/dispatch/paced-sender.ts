import { SendFailure, type CardPayload, type ConversationAddress, type MessageSender } from "../ports/messaging.js";
import type { ConversationGate } from "./conversation-gate.js";
import { SEND_TIMEOUT_MS } from "./send-limits.js";
import type { TokenBucket } from "./token-bucket.js";

/** A request was about to start too late: its job's queue visibility could run out while it is in flight. */
export class SendDeadlinePassed extends Error {
  readonly code = "sendDeadlinePassed";
  constructor() {
    super("the job's time to send ran out before its turn");
  }
}

export interface PacerOptions {
  /** How long a request may take before it counts as a transient failure (SEND_TIMEOUT_MS by default). */
  timeoutMs?: number;
}

/**
 * Paces every Bot Connector request of this instance (DESIGN §5): one token bucket shared by all workers, one
 * request in flight per conversation, and a 429 pausing everything for its Retry-After. Wraps the real sender, so
 * use cases stay unaware of pacing.
 */
export class SendPacer {
  private readonly timeoutMs: number;
  /** Requests answered 429 (the benchmark reports them: with correct pacing there are none). */
  throttled = 0;

  constructor(
    readonly bucket: TokenBucket,
    private readonly gate: ConversationGate,
    options: PacerOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? SEND_TIMEOUT_MS;
  }

  /**
   * A paced view of `base`. With a `deadline` (epoch ms), a request that could not finish before it is refused
   * with SendDeadlinePassed instead of started, so a job whose queue lease ran out is never sent by two workers.
   */
  sender(base: MessageSender, deadline = Number.POSITIVE_INFINITY): MessageSender {
    return {
      sendCard: (to: ConversationAddress, card: CardPayload, summary: string) =>
        this.paced(`c:${to.conversationId}`, deadline, () => base.sendCard(to, card, summary)),
      createPersonalConversation: (serviceUrl: string, tenantId: string, teamsUserId: string) =>
        // Creating the chat counts against the same per-thread limits as sending into it (§2.1 table).
        this.paced(`u:${teamsUserId}`, deadline, () =>
          base.createPersonalConversation(serviceUrl, tenantId, teamsUserId),
        ),
    };
  }

  private paced<T>(conversation: string, deadline: number, request: () => Promise<T>): Promise<T> {
    return this.gate.run(conversation, async () => {
      await this.bucket.take();
      if (Date.now() + this.timeoutMs > deadline) throw new SendDeadlinePassed();
      try {
        return await withTimeout(request(), this.timeoutMs);
      } catch (error) {
        if (error instanceof SendFailure && error.kind === "throttled") {
          this.throttled++;
          this.bucket.pause(error.retryAfterMs ?? 1_000);
        }
        throw error;
      }
    });
  }
}

/** A request with no answer in time becomes a transient failure (status 0, like a network error). */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SendFailure("transient", 0)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
