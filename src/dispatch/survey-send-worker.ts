import { randomUUID } from "node:crypto";
import type { Logger } from "../observability/logger.js";
import { SendFailure, type MessageSender } from "../ports/messaging.js";
import type { Clock, QueuedJob } from "../ports/runtime.js";
import type { Queues, Stores } from "../ports/stores.js";
import type { SurveySendJob } from "../ports/survey-sends.js";
import type { Delivery } from "../ports/survey-stores.js";
import type { CardRenderers } from "../use-cases/card-renderers.js";
import {
  clearSendingMarker,
  DeliveryNotRecorded,
  markSendAbandoned,
  sendSurveyToRecipient,
  type SendSurveyOutcome,
} from "../use-cases/send-survey-to-recipient.js";
import { SendDeadlinePassed, type SendPacer } from "./paced-sender.js";
import { ATTEMPTS_PER_DEQUEUE, backoffMs, BACKOFF_BASE_MS, BACKOFF_CAP_MS, SEND_TIMEOUT_MS } from "./send-limits.js";
import { sleep } from "./token-bucket.js";
import { guardSender } from "./send-lease.js";
import { WorkerLoop } from "./worker-loop.js";

/** DESIGN §4: the 6th dequeue moves a job to poison, so the 5th attempt is the last one. */
export const LAST_DEQUEUE = 5;
/** Cards sent whose rows are still unwritten (storage down) are remembered up to this many, then the oldest go. */
const LEDGER_MAX = 100_000;

export interface SurveySendWorkerDeps {
  stores: Stores;
  queues: Queues;
  /** The real Bot Connector sender; every request goes through `pacer`. */
  sender: MessageSender;
  pacer: SendPacer;
  clock: Clock;
  logger: Logger;
  cards: CardRenderers;
}

export interface SurveySendWorkerOptions {
  /**
   * How long a received job stays hidden. It bounds how long this worker may hold a job: no request starts
   * that could still run when it ends (SendDeadlinePassed), so no two workers send the same job.
   */
  visibilityMs?: number;
  /** Jobs held at once; enough to keep the token bucket busy while each waits for its turn. */
  maxInFlight?: number;
  backoffBaseMs?: number;
  backoffCapMs?: number;
  sendTimeoutMs?: number;
  /**
   * False while another instance holds the sender lease (send-lease.ts): this worker then receives nothing and
   * starts no request, so the deployment as a whole keeps one budget. Always true when absent.
   */
  maySend?: () => boolean;
}

/** Default: 2 minutes, room for a 60 s Retry-After pause plus the send itself. */
const VISIBILITY_MS = 120_000;
/**
 * Jobs in hand: enough that storage latency (a job makes ~4 storage calls around its send) never starves the token
 * bucket, yet at 50 req/s the last of them waits only 128 / 50 ≈ 2.6 s for its token, far inside the visibility.
 */
const MAX_IN_FLIGHT = 128;

export type SurveySendStats = Record<SendSurveyOutcome | "retried" | "abandoned" | "leftForLater", number>;

/**
 * Drains `survey-sends` (DESIGN §5): each job is one card to one recipient through the shared pacer. Throttled and
 * transient failures retry in place with jittered backoff, bounded per dequeue; a job out of attempts goes back
 * to the queue, and on its last dequeue its row is marked failed before the queue moves it to poison.
 */
export function startSurveySendWorker(deps: SurveySendWorkerDeps, options: SurveySendWorkerOptions = {}) {
  const visibilityMs = options.visibilityMs ?? VISIBILITY_MS;
  const timeoutMs = options.sendTimeoutMs ?? SEND_TIMEOUT_MS;
  const base = options.backoffBaseMs ?? BACKOFF_BASE_MS;
  const cap = options.backoffCapMs ?? BACKOFF_CAP_MS;
  const stats: SurveySendStats = {
    sent: 0,
    alreadyDone: 0,
    blocked: 0,
    notInstalled: 0,
    failed: 0,
    uncertain: 0,
    retried: 0,
    abandoned: 0,
    leftForLater: 0,
  };
  const maySend = options.maySend ?? (() => true);
  // Checked after the token, right before the request: a lease lost while waiting sends nothing.
  const guarded: MessageSender = guardSender(deps.sender, maySend);
  const ledger = new Map<string, Delivery>();
  /**
   * Markers this process wrote and could not take back (storage down) although none of its requests can have
   * delivered the card: the job's next handling here reuses the id, so only a crashed process leaves `uncertain`.
   */
  const unclearedMarkers = new Map<string, string>();
  const keyOf = (job: SurveySendJob) => `${job.tenantId}|${job.roundId}|${job.recipientId}`;

  const handle = async (queued: QueuedJob<SurveySendJob>, isStopped: () => boolean): Promise<void> => {
    const { job } = queued;
    const deadline = Date.now() + visibilityMs - timeoutMs;
    const recorded = ledger.get(keyOf(job));
    if (recorded) return writeSentRow(recorded, queued, isStopped);
    // This handling's marker id: its own retries below pass their own marker; anyone else finding it reports uncertain.
    const attemptId = unclearedMarkers.get(keyOf(job)) ?? randomUUID();
    unclearedMarkers.delete(keyOf(job));
    for (let attempt = 0, throttles = 0; ;) {
      try {
        const paced = { ...deps, sender: deps.pacer.sender(guarded, deadline) };
        const outcome = await sendSurveyToRecipient(paced, job, attemptId);
        stats[outcome]++;
        await queued.complete();
        return;
      } catch (error) {
        if (error instanceof DeliveryNotRecorded) return writeSentRow(error.delivery, queued, isStopped);
        // Out of time before its turn: on the last dequeue that is as final as any other failure.
        if (error instanceof SendDeadlinePassed) return giveUp(queued, error, attemptId);
        const throttled = error instanceof SendFailure && error.kind === "throttled";
        // A 429 already paused the shared bucket for its Retry-After; waiting again here would double it.
        const wait = throttled ? 0 : backoffMs(attempt, base, cap);
        if (throttled) throttles++;
        else attempt++;
        const outOfTime = Date.now() + wait + timeoutMs > deadline;
        if (attempt >= ATTEMPTS_PER_DEQUEUE || throttles > ATTEMPTS_PER_DEQUEUE * 3 || outOfTime || isStopped()) {
          return giveUp(queued, error, attemptId);
        }
        stats.retried++;
        await sleep(wait);
      }
    }
  };

  const giveUp = async (queued: QueuedJob<SurveySendJob>, error: unknown, attemptId: string): Promise<void> => {
    const { job } = queued;
    const reason =
      error instanceof SendFailure
        ? `${error.kind} (${error.status})`
        : error instanceof SendDeadlinePassed
          ? "deadline"
          : "error";
    deps.logger.warn(
      { tenantId: job.tenantId, roundId: job.roundId, dequeueCount: queued.dequeueCount, reason },
      "survey send failed; the queue will retry it",
    );
    if (queued.dequeueCount < LAST_DEQUEUE) {
      stats.leftForLater++;
      // This handling saw every request it made end (an error answer or a timeout, retried as before), so the next
      // dequeue may send again; if this write fails, that dequeue finds the marker and reports uncertain instead.
      await clearSendingMarker(deps, job, attemptId).catch(() => {
        unclearedMarkers.set(keyOf(job), attemptId);
        if (unclearedMarkers.size > LEDGER_MAX) unclearedMarkers.delete(unclearedMarkers.keys().next().value!);
      });
      return;
    }
    stats.abandoned++;
    // Reported: the row says failed (the delivery report shows it) and the queue logs the move to poison.
    await markSendAbandoned(deps, job, `retriesExhausted: ${reason}`).catch(() => undefined);
  };

  /** The card is out: keep writing its row until storage takes it; the job is completed only after that. */
  const writeSentRow = async (delivery: Delivery, queued: QueuedJob<SurveySendJob>, isStopped: () => boolean) => {
    ledger.set(keyOf(queued.job), delivery);
    if (ledger.size > LEDGER_MAX) ledger.delete(ledger.keys().next().value!);
    for (let attempt = 0; !isStopped(); attempt++) {
      try {
        await deps.stores.deliveries.save(delivery);
        ledger.delete(keyOf(queued.job));
        stats.sent++;
        await queued.complete();
        return;
      } catch {
        await sleep(backoffMs(attempt, base, Math.min(cap, 5_000)));
      }
    }
  };

  const loop = new WorkerLoop<SurveySendJob>({
    queue: deps.queues.surveySends,
    visibilityMs,
    maxInFlight: options.maxInFlight ?? MAX_IN_FLIGHT,
    keyOf,
    handle,
    mayReceive: maySend,
    onQueueError: (error) =>
      deps.logger.warn({ err: { name: (error as Error).name } }, "survey-send queue unavailable; backing off"),
  });
  loop.start();
  return { stats, stop: () => loop.stop() };
}
