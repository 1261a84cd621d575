import type { Logger } from "../observability/logger.js";
import type { LeaderLease } from "../ports/leader-lease.js";
import { sleep } from "./token-bucket.js";

export interface SchedulerOptions {
  lease: LeaderLease;
  /** One scheduling pass (open due rounds, close expired ones); must be safe to repeat. */
  tick(): Promise<void>;
  logger: Logger;
  /** DESIGN §1: "each minute". */
  tickMs?: number;
  /** How often the leader renews and followers try to take over; well inside the lease's duration. */
  leaseCheckMs?: number;
}

/** DESIGN §1: the scheduler "each minute, opens and closes due survey rounds". */
const TICK_MS = 60_000;
/** A third of the 30 s lease (LEASE_SECONDS): two renewals may fail before it lapses; a successor waits ≤ 40 s. */
const LEASE_CHECK_MS = 10_000;

/**
 * Runs `tick` every minute on the one instance holding the lease (DESIGN §1). Ticks are idempotent (round ids derive
 * from schedule + occurrence), so a leader that lost its lease mid-tick does no harm beyond repeated reads.
 */
export function startScheduler(options: SchedulerOptions) {
  const tickMs = options.tickMs ?? TICK_MS;
  const checkMs = options.leaseCheckMs ?? LEASE_CHECK_MS;
  let stopped = false;
  let leading = false;
  let nextTick = 0;
  const state = {
    ticks: 0,
    get leading() {
      return leading;
    },
  };

  const run = async () => {
    while (!stopped) {
      try {
        leading = leading ? await options.lease.renew() : await options.lease.acquire();
      } catch (error) {
        leading = false;
        options.logger.warn({ err: { name: (error as Error).name } }, "scheduler lease unavailable");
      }
      if (leading && Date.now() >= nextTick) {
        nextTick = Date.now() + tickMs;
        try {
          await options.tick();
          state.ticks++;
        } catch (error) {
          options.logger.warn({ err: { name: (error as Error).name } }, "scheduler tick failed; next minute retries");
        }
      }
      const until = Date.now() + Math.min(checkMs, Math.max(0, nextTick - Date.now()) || checkMs);
      while (!stopped && Date.now() < until) await sleep(Math.min(100, until - Date.now()));
    }
  };
  const done = run();
  return {
    state,
    /** Stops and releases the lease, so another instance leads at once. */
    async stop() {
      stopped = true;
      await done;
      if (leading) await options.lease.release();
      leading = false;
    },
    /** Stops without releasing, as a crashed instance would: the lease must expire first. */
    async kill() {
      stopped = true;
      await done;
    },
  };
}
