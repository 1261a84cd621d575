import type { Logger } from "../observability/logger.js";
import type { LeaderLease } from "../ports/leader-lease.js";
import type { MessageSender } from "../ports/messaging.js";
import { SendDeadlinePassed } from "./paced-sender.js";
import { sleep } from "./token-bucket.js";

export interface SendLeaseOptions {
  /** The blob lease's duration (LEASE_SECONDS in blob-leader-lease.ts: 30 s). */
  leaseMs?: number;
  /** How often the holder renews and the others try to take over; a third of the lease, like the scheduler's. */
  checkMs?: number;
}

/** Blob leases last 15-60 s (Lease Blob REST API); blob-leader-lease.ts takes 30 s. */
const LEASE_MS = 30_000;
/** Two renewals may fail before the lease lapses; a successor sends within LEASE_MS + CHECK_MS = 40 s. */
const CHECK_MS = 10_000;
/**
 * The holder stops starting requests this long before its lease could have lapsed (measured from before the renew
 * request, so never late): requests in flight end before a successor can take over (a send answers in ~100 ms).
 */
const MARGIN_MS = 5_000;

/**
 * The "sender" lease (DESIGN §5: instances share one token bucket). Only the instance holding it drains the
 * survey-send queue, so the whole deployment sends at most the configured rate however many instances run; when the
 * holder dies, another takes over once the lease expires. `holds()` is checked before every request.
 */
export class SendLease {
  private validUntil = 0;
  private stopped = false;
  private done: Promise<void> = Promise.resolve();
  private readonly leaseMs: number;
  private readonly checkMs: number;

  constructor(
    private readonly lease: LeaderLease,
    private readonly logger: Logger,
    options: SendLeaseOptions = {},
    private readonly now: () => number = Date.now,
  ) {
    this.leaseMs = options.leaseMs ?? LEASE_MS;
    this.checkMs = options.checkMs ?? CHECK_MS;
  }

  /** True while this instance surely holds the lease. */
  holds(): boolean {
    return this.now() < this.validUntil;
  }

  start(): void {
    this.done = this.run();
  }

  /** Stops; `release` gives the lease up at once so another instance sends without waiting for expiry. */
  async stop(release = true): Promise<void> {
    this.stopped = true;
    await this.done;
    const held = this.holds();
    this.validUntil = 0;
    if (release && held) await this.lease.release().catch(() => undefined);
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      const asked = this.now();
      try {
        const ok = this.holds() ? await this.lease.renew() : await this.lease.acquire();
        this.validUntil = ok ? asked + this.leaseMs - Math.min(MARGIN_MS, this.leaseMs / 3) : 0;
      } catch (error) {
        // Storage unreachable: keep what we had; it lapses by itself at validUntil.
        this.logger.warn({ err: { name: (error as Error).name } }, "sender lease unavailable");
      }
      for (let waited = 0; waited < this.checkMs && !this.stopped; waited += 100) await sleep(100);
    }
  }
}

/** `sender`, refusing (SendDeadlinePassed) every request that would start while `maySend` is false. */
export function guardSender(sender: MessageSender, maySend: () => boolean): MessageSender {
  return {
    sendCard: (...args) => (maySend() ? sender.sendCard(...args) : Promise.reject(new SendDeadlinePassed())),
    createPersonalConversation: (...args) =>
      maySend() ? sender.createPersonalConversation(...args) : Promise.reject(new SendDeadlinePassed()),
  };
}

/**
 * The send lease seen as a LeaderLease, so startScheduler runs a periodic pass (reminders) on its holder only. It
 * only reads `holds()`: taking, renewing and releasing the blob lease stay with SendLease.
 */
export function holderView(lease: SendLease): LeaderLease {
  return {
    acquire: async () => lease.holds(),
    renew: async () => lease.holds(),
    release: async () => undefined,
  };
}
