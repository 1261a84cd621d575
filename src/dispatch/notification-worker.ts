import { createCardRenderers } from "../bot/cards/card-renderers.js";
import type { Config } from "../config/config.js";
import type { Logger } from "../observability/logger.js";
import { SendFailure, type MessageSender } from "../ports/messaging.js";
import type { NotificationJob } from "../ports/notifications.js";
import type { Clock, QueuedJob } from "../ports/runtime.js";
import type { Queues, Stores } from "../ports/stores.js";
import { deliverNotification } from "../use-cases/deliver-notification.js";

export interface NotificationWorkerDeps {
  config: Config;
  stores: Stores;
  queues: Queues;
  sender: MessageSender;
  clock: Clock;
  logger: Logger;
  /**
   * False while another instance holds the sender lease (send-lease.ts): the worker then receives nothing, so mentor
   * notifications and digests are paced by the holder's token bucket, the deployment's one budget. Default: always.
   */
  maySend?: () => boolean;
}

/** First idle wait after the queue runs dry (issue 2 brief: ~250 ms); it doubles while idle. */
const IDLE_POLL_MIN_MS = 250;
/** Idle polls back off up to this; each poll is one cheap queue request. */
const IDLE_POLL_MAX_MS = 2_000;
/**
 * One job per receive: a stopping worker then holds at most the job it is finishing, never a batch hidden for
 * VISIBILITY_MS. While jobs keep coming the next receive follows at once, so throughput is set by the send rate.
 */
const BATCH = 1;
/**
 * How long a received job stays hidden. Longer than one delivery including the connector SDK's own retries on
 * 429 (3 retries honouring Retry-After); a job not completed in time reappears and is retried (idempotent).
 */
const VISIBILITY_MS = 60_000;

/**
 * Drains the notification queue: each job becomes one 1:1 card (deliver-notification). A failed job is left in the
 * queue to reappear and retry; after 5 dequeues the queue moves it to poison (DESIGN §4). A 429 pauses all sending
 * for its Retry-After (DESIGN §5). Sends are spaced to the configured rate (SEND_RATE_PER_SECOND).
 */
export function startNotificationWorker(deps: NotificationWorkerDeps): { stop(): Promise<void> } {
  const { logger } = deps;
  const cards = createCardRenderers({ teamsAppId: deps.config.teamsAppId });
  const minGapMs = 1000 / deps.config.sendRatePerSecond;
  const maySend = deps.maySend ?? (() => true);
  let stopped = false;
  let idleDelay = IDLE_POLL_MIN_MS;
  let pausedUntil = 0;
  let lastStart = 0;
  let timer: NodeJS.Timeout | undefined;
  let loop: Promise<void> = Promise.resolve();

  const handle = async (queued: QueuedJob<NotificationJob>): Promise<void> => {
    const { job } = queued;
    const wait = Math.max(pausedUntil, lastStart + minGapMs) - Date.now();
    if (wait > 0 && !(await sleepUnlessStopped(wait))) return; // stopping: the job reappears for the next run
    if (!maySend()) return; // the lease went elsewhere while we waited: the job reappears for its holder
    lastStart = Date.now();
    try {
      const outcome = await deliverNotification({ ...deps, cards }, job);
      await queued.complete();
      logger.info({ tenantId: job.tenantId, kind: job.kind, key: job.key, outcome }, "notification handled");
    } catch (error) {
      if (error instanceof SendFailure && error.kind === "throttled") {
        pausedUntil = Date.now() + (error.retryAfterMs ?? 1_000);
      }
      const e = error as { name?: string; code?: unknown; kind?: unknown; status?: unknown };
      logger.warn(
        {
          tenantId: job.tenantId,
          kind: job.kind,
          key: job.key,
          dequeueCount: queued.dequeueCount,
          err: { name: e.name, code: e.code, kind: e.kind, status: e.status },
        },
        "notification failed; it will be retried",
      );
    }
  };

  const poll = async (): Promise<void> => {
    let delay = IDLE_POLL_MAX_MS;
    if (!maySend()) return schedule(delay);
    try {
      const jobs = await deps.queues.notifications.receive(BATCH, VISIBILITY_MS);
      for (const queued of jobs) await handle(queued);
      if (jobs.length > 0) {
        idleDelay = IDLE_POLL_MIN_MS;
        delay = 0;
      } else {
        delay = idleDelay;
        idleDelay = Math.min(idleDelay * 2, IDLE_POLL_MAX_MS);
      }
    } catch (error) {
      logger.warn({ err: { name: (error as Error).name } }, "notification queue unavailable; backing off");
    }
    schedule(delay);
  };

  const schedule = (delay: number): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      loop = poll();
    }, delay);
  };

  schedule(0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await loop; // finishes the job in flight, takes no new one
    },
  };

  /** Waits in short steps so stop() is never held up by a long Retry-After; false when stopped meanwhile. */
  async function sleepUnlessStopped(ms: number): Promise<boolean> {
    const until = Date.now() + ms;
    while (!stopped && Date.now() < until) await sleep(Math.min(STOP_CHECK_MS, until - Date.now()));
    return !stopped;
  }
}

/** How often a paused worker checks whether it is being stopped. */
const STOP_CHECK_MS = 100;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
