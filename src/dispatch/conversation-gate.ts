import { PER_CONVERSATION_WINDOWS } from "./send-limits.js";
import { sleep } from "./token-bucket.js";

/** Sweeping walks every lane, so it runs once per this many requests (cheap next to the requests themselves). */
const SWEEP_EVERY = 1_000;

interface Lane {
  busy: boolean;
  waiters: Array<() => void>;
  /** Start times of recent requests, oldest first, kept for the longest window. */
  starts: number[];
}

/**
 * At most one request in flight per conversation ("avoid issuing multiple requests to the same conversation
 * concurrently", teams-platform.md §2.1), and never more starts per window than PER_CONVERSATION_WINDOWS allow.
 * Lanes of idle conversations are swept once their newest start is older than the longest window, so their history
 * can no longer matter and 100,000 recipients do not pile up for ever.
 */
export class ConversationGate {
  private readonly lanes = new Map<string, Lane>();
  private readonly longest = Math.max(...PER_CONVERSATION_WINDOWS.map(([ms]) => ms));
  private runs = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Runs `work` as the conversation's only request in flight, after its windows allow another start. */
  async run<T>(conversation: string, work: () => Promise<T>): Promise<T> {
    if (++this.runs % SWEEP_EVERY === 0) this.sweep();
    const lane = this.lanes.get(conversation) ?? { busy: false, waiters: [], starts: [] };
    this.lanes.set(conversation, lane);
    while (lane.busy) await new Promise<void>((resolve) => lane.waiters.push(resolve));
    lane.busy = true;
    try {
      for (let wait = this.waitFor(lane); wait > 0; wait = this.waitFor(lane)) await sleep(wait);
      lane.starts.push(this.now());
      return await work();
    } finally {
      lane.busy = false;
      const next = lane.waiters.shift();
      if (next) next();
    }
  }

  /** Conversations currently tracked (for tests and the benchmark's memory figure). */
  get size(): number {
    return this.lanes.size;
  }

  private sweep(): void {
    const cutoff = this.now() - this.longest;
    for (const [key, lane] of this.lanes)
      if (!lane.busy && lane.waiters.length === 0 && (lane.starts.at(-1) ?? 0) <= cutoff) this.lanes.delete(key);
  }

  private waitFor(lane: Lane): number {
    const now = this.now();
    while (lane.starts.length && lane.starts[0]! <= now - this.longest) lane.starts.shift();
    let wait = 0;
    for (const [windowMs, max] of PER_CONVERSATION_WINDOWS) {
      const inWindow = lane.starts.filter((t) => t > now - windowMs);
      if (inWindow.length >= max) wait = Math.max(wait, inWindow[inWindow.length - max]! + windowMs - now + 1);
    }
    return wait;
  }
}
