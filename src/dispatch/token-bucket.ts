/**
 * The shared pacing of every request to the Bot Connector (DESIGN §5): requests start at most `ratePerSecond`
 * apart, with no burst, so any one-second window holds at most `ratePerSecond` starts even at the 50 RPS ceiling.
 * `pause` holds every caller (a 429's Retry-After pauses ALL sending, not just the throttled request).
 */
export class TokenBucket {
  private readonly gapMs: number;
  private nextAt = 0;
  private pausedUntil = 0;

  constructor(
    ratePerSecond: number,
    private readonly now: () => number = Date.now,
  ) {
    this.gapMs = 1000 / ratePerSecond;
  }

  /** Waits for this caller's start slot. Slots are handed out in call order. */
  async take(): Promise<void> {
    for (;;) {
      const now = this.now();
      const at = Math.max(now, this.nextAt, this.pausedUntil);
      this.nextAt = at + this.gapMs;
      if (at > now) await sleep(at - now);
      // A pause that began while we slept applies to us too; the slot we reserved is simply skipped.
      if (this.now() >= this.pausedUntil) return;
    }
  }

  /** Holds every request until `ms` from now (a later pause never shortens an earlier one). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }

  /** Until when sending is paused (epoch ms; in the past when not paused). */
  get pausedUntilMs(): number {
    return this.pausedUntil;
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
