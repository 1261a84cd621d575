import type { MessageSender } from "../ports/messaging.js";
import type { NotificationJob } from "../ports/notifications.js";
import type { Clock } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";
import type { DeliveryStatus } from "../ports/survey-stores.js";
import type { CardRenderers } from "./card-renderers.js";
import { renderNotification } from "./render-notification.js";
import { sendPersonalCard } from "./send-personal-card.js";

export { NotificationSubjectMissing } from "./render-notification.js";

export interface DeliverNotificationDeps {
  stores: Stores;
  sender: MessageSender;
  clock: Clock;
  cards: CardRenderers;
}

/** sent; already sent by an earlier attempt; no longer relevant; or a final failure recorded in deliveries. */
export type DeliverOutcome = "sent" | "duplicate" | "stale" | "failed";

/** Who gets the card, and the delivery row (partition per subject, one row per job key) that remembers it. */
function addressOf(job: NotificationJob): { recipientId: string; partition: string } {
  switch (job.kind) {
    case "newFlag":
      return { recipientId: job.mentorId, partition: `notify:${job.flagId}` };
    case "caseAssigned":
      return { recipientId: job.ownerId, partition: `notify:${job.caseId}` };
    case "digest":
      return { recipientId: job.mentorId, partition: `notify:digest:${job.mentorId}` };
    case "helpSeen":
      return { recipientId: job.studentId, partition: `notify:${job.flagId}` };
    case "classClimate":
      return { recipientId: job.teacherId, partition: `notify:${job.classId}:${job.flagId}` };
  }
}

/**
 * Delivers one queued notification as a 1:1 card in the recipient's language. Order matters for "never twice,
 * never lost": an earlier successful attempt is detected from its delivery row; the card is sent; only then is
 * the delivery row marked sent and the key claimed in the sent log. Throttling and transient errors are thrown so
 * the queue retries. A crash between the send and the row write can repeat a card once (the Bot Connector has no
 * idempotency key); it can never drop one. A sent digest clears the entries it listed.
 */
export async function deliverNotification(
  deps: DeliverNotificationDeps,
  job: NotificationJob,
): Promise<DeliverOutcome> {
  const { stores } = deps;
  const { recipientId, partition } = addressOf(job);
  const earlier = await stores.deliveries.get(job.tenantId, partition, job.key);
  if (earlier?.status === "sent") return "duplicate";

  const render = await renderNotification({ ...deps, now: deps.clock.now() }, job);
  if (!render) {
    await clearDigestEntries(stores, job);
    return "stale";
  }
  const outcome = await sendPersonalCard(deps, { tenantId: job.tenantId, userId: recipientId }, render);
  const status: DeliveryStatus = outcome.status;
  await stores.deliveries.save({
    tenantId: job.tenantId,
    roundId: partition,
    recipientId: job.key,
    status,
    ...(outcome.status === "sent" ? { activityId: outcome.activityId } : {}),
    ...(outcome.status === "blocked" || outcome.status === "failed" ? { reason: outcome.reason } : {}),
    updatedAt: deps.clock.now().toISOString(),
  });
  if (outcome.status !== "sent") return "failed";
  await stores.sentNotifications.claim(job.tenantId, job.key);
  await clearDigestEntries(stores, job);
  return "sent";
}

/** Entries a digest listed (or found irrelevant) are done: they must not appear in tomorrow's digest again. */
async function clearDigestEntries(stores: Stores, job: NotificationJob): Promise<void> {
  if (job.kind !== "digest") return;
  for (const entry of job.entries) await stores.digests.remove(job.tenantId, job.mentorId, entry.flagId);
}
