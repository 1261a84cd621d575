import type { Logger } from "../observability/logger.js";
import type { Clock } from "../ports/runtime.js";
import type { Queues, Stores } from "../ports/stores.js";
import { sendDailyDigests } from "../use-cases/send-daily-digests.js";

/** The digest hour is checked once a minute: the resolution of a configured hour, as for the round scheduler. */
const TICK_MS = 60_000;

/**
 * Calls sendDailyDigests every minute for the given schools until issue 4's scheduler (with its leader lease) takes
 * this over. Running it on every instance is safe: the per-mentor, per-day claim makes extra calls do nothing.
 */
export function startDigestTimer(deps: {
  stores: Stores;
  queues: Queues;
  clock: Clock;
  logger: Logger;
  tenantIds: readonly string[];
}): { stop(): void } {
  const tick = async () => {
    try {
      const { queued } = await sendDailyDigests(deps, { now: deps.clock.now(), tenantIds: deps.tenantIds });
      if (queued > 0) deps.logger.info({ queued }, "daily digests queued");
    } catch (error) {
      deps.logger.warn({ err: { name: (error as Error).name } }, "daily digest run failed; next minute retries");
    }
  };
  const timer = setInterval(() => void tick(), TICK_MS);
  timer.unref();
  void tick();
  return { stop: () => clearInterval(timer) };
}
