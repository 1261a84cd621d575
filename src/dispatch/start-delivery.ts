import { randomUUID } from "node:crypto";
import { createCardRenderers } from "../bot/cards/card-renderers.js";
import type { Config } from "../config/config.js";
import type { Logger } from "../observability/logger.js";
import type { LeaderLease } from "../ports/leader-lease.js";
import type { MessageSender } from "../ports/messaging.js";
import type { Clock } from "../ports/runtime.js";
import type { Queues, Stores } from "../ports/stores.js";
import { closeExpiredRounds } from "../use-cases/close-expired-rounds.js";
import { openDueRounds } from "../use-cases/open-due-rounds.js";
import { runRetention } from "../use-cases/run-retention.js";
import { sendDailyDigests } from "../use-cases/send-daily-digests.js";
import { sendReminders } from "../use-cases/send-reminders.js";
import { withCachedReads } from "./cached-reads.js";
import { withCoalescedDeliveries } from "./coalesced-deliveries.js";
import { ConversationGate } from "./conversation-gate.js";
import { SendPacer } from "./paced-sender.js";
import { guardSender, holderView, SendLease, type SendLeaseOptions } from "./send-lease.js";
import { startScheduler, type SchedulerOptions } from "./scheduler.js";
import { startSurveySendWorker, type SurveySendWorkerOptions } from "./survey-send-worker.js";
import { TokenBucket } from "./token-bucket.js";

export interface DeliveryDeps {
  config: Config;
  stores: Stores;
  queues: Queues;
  /** The real Bot Connector sender; everything sent from this instance is paced by one shared pacer. */
  sender: MessageSender;
  clock: Clock;
  logger: Logger;
  /**
   * The sender lease (send-lease.ts): only its holder drains the survey-send queue, so instances share one budget.
   * Without one this instance always sends (a single instance, a test, the benchmark).
   */
  sendLease?: LeaderLease;
  sendLeaseOptions?: SendLeaseOptions;
  /** The scheduler's lease; without one this instance never schedules (e.g. a worker-only test). */
  lease: LeaderLease | undefined;
  /** Tenants whose schedules this deployment runs (the allow-list). */
  tenantIds: readonly string[];
  worker?: SurveySendWorkerOptions;
  scheduler?: Pick<SchedulerOptions, "tickMs" | "leaseCheckMs">;
  /** Queue the daily digests on the leader's tick (default true; tests that send them at chosen times turn it off). */
  digests?: boolean;
}

/**
 * The delivery side of an instance (DESIGN §1, §5): one pacer (token bucket at SEND_RATE_PER_SECOND plus the
 * per-conversation gate) shared by every sender here, the survey-send worker, and the lease-guarded scheduler.
 */
export function startDelivery(deps: DeliveryDeps) {
  const pacer = new SendPacer(new TokenBucket(deps.config.sendRatePerSecond), new ConversationGate(), {
    ...(deps.worker?.sendTimeoutMs ? { timeoutMs: deps.worker.sendTimeoutMs } : {}),
  });
  const cards = createCardRenderers({ teamsAppId: deps.config.teamsAppId });
  const workerStores = withCoalescedDeliveries(withCachedReads(deps.stores));
  const sendLease = deps.sendLease && new SendLease(deps.sendLease, deps.logger, deps.sendLeaseOptions);
  sendLease?.start();
  /** Whether this instance may send now: always without a lease, else only while it surely holds it. */
  const maySend = () => !sendLease || sendLease.holds();
  const workerOptions = { ...deps.worker, ...(sendLease ? { maySend } : {}) };
  const worker = startSurveySendWorker({ ...deps, stores: workerStores, pacer, cards }, workerOptions);
  const ids = { next: () => randomUUID() };
  const pacedSender = pacer.sender(deps.sender);
  // Reminders send from the sender-lease holder like every other proactive card; a send refused because the lease
  // was lost mid-run leaves the reminder "failed", which the holder's next run retries (send-reminders.ts).
  const remind = async (): Promise<void> => {
    const sender = guardSender(pacedSender, maySend);
    await sendReminders({ stores: deps.stores, sender, cards }, { tenantIds: deps.tenantIds, now: deps.clock.now() });
  };
  // Retention runs on the leader's first tick of each UTC day; deleting what is already gone is harmless, so a new
  // leader repeating it the same day costs only reads.
  let retentionDay = "";
  const scheduler = deps.lease
    ? startScheduler({
        lease: deps.lease,
        logger: deps.logger,
        ...deps.scheduler,
        tick: async () => {
          const input = { tenantIds: deps.tenantIds };
          const opened = await openDueRounds(deps, input);
          const closed = await closeExpiredRounds({ ...deps, ids }, input);
          // Reminders are one card per non-respondent, paced like every other send of this instance; with a sender
          // lease they run on its holder instead (below), which may not be the scheduler's leader.
          if (!sendLease) await remind();
          // Daily digests on the leader only, at each school's local hour; a per-mentor, per-day claim makes a
          // repeated tick (a new leader, a restart) queue nothing twice.
          if (deps.digests !== false) await sendDailyDigests(deps, { ...input, now: deps.clock.now() });
          const today = deps.clock.now().toISOString().slice(0, 10);
          if (retentionDay !== today) {
            for (const tenantId of deps.tenantIds) await runRetention(deps, { tenantId, now: deps.clock.now() });
            retentionDay = today;
          }
          if (opened.length || closed.length)
            deps.logger.info({ opened: opened.length, closed: closed.length }, "scheduler tick");
        },
      })
    : undefined;
  // The reminder pass on the sender-lease holder, each scheduler tick (a minute); only where a scheduler runs too.
  const reminders =
    deps.lease && sendLease
      ? startScheduler({ lease: holderView(sendLease), logger: deps.logger, ...deps.scheduler, tick: remind })
      : undefined;
  return {
    pacer,
    /** The paced sender, for other senders of this instance (the notification worker). */
    pacedSender,
    /** False while another instance holds the sender lease: the notification worker then sends nothing either. */
    maySend,
    worker,
    scheduler,
    sendLease,
    async stop() {
      await reminders?.stop();
      await scheduler?.stop();
      await worker.stop();
      await sendLease?.stop();
    },
    /** Stops as a crashed instance would: the sender lease is kept until it expires. */
    async crash() {
      await reminders?.kill();
      await scheduler?.kill();
      await worker.stop();
      await sendLease?.stop(false);
    },
  };
}
