import { suggestCard } from "../domain/action-cards/suggest-card.js";
import { toLocale } from "../domain/locale.js";
import { isActive } from "../domain/scoring/flag.js";
import type { MessageSender } from "../ports/messaging.js";
import type { NotificationJob } from "../ports/notifications.js";
import type { Clock } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";
import type { DeliveryStatus } from "../ports/survey-stores.js";
import type { CardRenderers, RenderedCard } from "./card-renderers.js";
import { sendPersonalCard } from "./send-personal-card.js";

export interface DeliverNotificationDeps {
  stores: Stores;
  sender: MessageSender;
  clock: Clock;
  cards: CardRenderers;
}

/** sent; already sent by an earlier attempt; no longer relevant; or a final failure recorded in deliveries. */
export type DeliverOutcome = "sent" | "duplicate" | "stale" | "failed";

/** Thrown when the job's subject is not readable yet; the job stays queued and is retried (poison after 5). */
export class NotificationSubjectMissing extends Error {
  readonly code = "notificationSubjectMissing";
}

/**
 * Delivers one queued notification as a 1:1 card in the recipient's language. Order matters for "never twice,
 * never lost": an earlier successful attempt is detected from its delivery row; the card is sent; only then is
 * the delivery row marked sent and the key claimed in the sent log. Throttling and transient errors are thrown so
 * the queue retries. A crash between the send and the row write can repeat a card once (the Bot Connector has no
 * idempotency key); it can never drop one.
 */
export async function deliverNotification(
  deps: DeliverNotificationDeps,
  job: NotificationJob,
): Promise<DeliverOutcome> {
  const { stores } = deps;
  const recipientId = job.kind === "newFlag" ? job.mentorId : job.ownerId;
  // Rows live in a partition per subject (flag or case), one row per job key: a flag's later news is a new row.
  const rowKeys = { partition: `notify:${job.kind === "newFlag" ? job.flagId : job.caseId}`, row: job.key };
  const earlier = await stores.deliveries.get(job.tenantId, rowKeys.partition, rowKeys.row);
  if (earlier?.status === "sent") return "duplicate";

  const render = await renderer(deps, job);
  if (!render) return "stale";
  const outcome = await sendPersonalCard(deps, { tenantId: job.tenantId, userId: recipientId }, (stored) =>
    render(stored),
  );
  const status: DeliveryStatus = outcome.status;
  await stores.deliveries.save({
    tenantId: job.tenantId,
    roundId: rowKeys.partition,
    recipientId: rowKeys.row,
    status,
    ...(outcome.status === "sent" ? { activityId: outcome.activityId } : {}),
    ...(outcome.status === "blocked" || outcome.status === "failed" ? { reason: outcome.reason } : {}),
    updatedAt: deps.clock.now().toISOString(),
  });
  if (outcome.status !== "sent") return "failed";
  await stores.sentNotifications.claim(job.tenantId, job.key);
  return "sent";
}

type Render = (storedLocale: string) => RenderedCard;

async function renderer(deps: DeliverNotificationDeps, job: NotificationJob): Promise<Render | undefined> {
  const { stores, cards } = deps;
  if (job.kind === "newFlag") {
    const flag = await stores.flags.get(job.tenantId, job.studentId, job.flagId);
    if (!flag) throw new NotificationSubjectMissing("flag not readable yet");
    if (!isActive(flag.value)) return undefined; // resolved or dismissed before we got to it
    const [names, library] = await Promise.all([
      namesOf(stores, job.tenantId, flag.value.classId, job.studentId),
      stores.actionCards.list(job.tenantId),
    ]);
    const view = {
      studentId: job.studentId,
      flagId: job.flagId,
      severity: flag.value.severity,
      reasons: flag.value.reasons,
      suggestedCard: suggestCard(flag.value.reasons, library),
      ...names,
    };
    return (stored) => cards.mentorAlert(view, toLocale(stored));
  }
  const found = await stores.cases.get(job.tenantId, job.studentId, job.caseId);
  if (!found) throw new NotificationSubjectMissing("case not readable yet");
  const value = found.value;
  if (value.status === "closed") return undefined;
  const actionCard = await stores.actionCards.get(job.tenantId, value.cardId);
  if (!actionCard) return undefined; // the school deleted its card: the tab still shows the case
  const names = await namesOf(stores, job.tenantId, value.classId, job.studentId);
  const view = { studentId: job.studentId, caseId: value.caseId, actionCard, dueDate: value.dueDate, ...names };
  return (stored) => cards.caseAssigned(view, toLocale(stored));
}

async function namesOf(
  stores: Stores,
  tenantId: string,
  classId: string,
  studentId: string,
): Promise<{ studentName: string; className: string }> {
  const [state, member, schoolClass] = await Promise.all([
    stores.studentStates.get(tenantId, classId, studentId),
    stores.members.get(tenantId, classId, studentId),
    stores.classes.get(tenantId, classId),
  ]);
  return {
    studentName: member?.name ?? state?.value.studentName ?? "",
    className: schoolClass?.name ?? "",
  };
}
