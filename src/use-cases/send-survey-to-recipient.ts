import { toLocale } from "../domain/locale.js";
import type { Round } from "../domain/survey/round.js";
import type { MessageSender } from "../ports/messaging.js";
import type { Clock } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";
import type { Delivery, DeliveryStatus } from "../ports/survey-stores.js";
import { CHANNEL_RECIPIENT, type SurveySendJob } from "../ports/survey-sends.js";
import type { CardRenderers } from "./card-renderers.js";
import { sendPersonalCard } from "./send-personal-card.js";

export interface SendSurveyDeps {
  stores: Stores;
  /** Paced by the caller (dispatch): this use case sends at most one card per call. */
  sender: MessageSender;
  clock: Clock;
  cards: CardRenderers;
}

/** What happened to one job: a new send, an earlier send found in its row, or a final outcome recorded. */
export type SendSurveyOutcome = "sent" | "alreadyDone" | "blocked" | "notInstalled" | "failed" | "uncertain";

/** The round is not readable yet (its jobs are queued just before it is stored): retry later. */
export class RoundNotReadable extends Error {
  readonly code = "roundNotReadable";
}

/** The card went out but its row could not be written: the caller must write `delivery` before anything else. */
export class DeliveryNotRecorded extends Error {
  readonly code = "deliveryNotRecorded";
  constructor(readonly delivery: Delivery) {
    super("sent, but the delivery row could not be written");
  }
}

/** Rows in these states are final: a job finding one sends nothing (DESIGN §5, "nothing sent twice"). */
export function isFinal(status: DeliveryStatus | undefined): boolean {
  return status !== undefined && status !== "pending";
}

/**
 * Sends one round's survey card to one recipient, exactly once: the delivery row is checked first, the card sent
 * (to the class channel, or 1:1, creating the chat from the roster when none is stored and rebuilding a 404'd one
 * once), and the outcome written. Throttling and transient connector errors are thrown (SendFailure) so the queue
 * retries; final outcomes (blocked, not installed, failed) are recorded and returned.
 */
export async function sendSurveyToRecipient(
  deps: SendSurveyDeps,
  job: SurveySendJob,
  attemptId?: string,
): Promise<SendSurveyOutcome> {
  const { stores } = deps;
  const earlier = await stores.deliveries.get(job.tenantId, job.roundId, job.recipientId);
  if (isFinal(earlier?.status)) return "alreadyDone";
  // Another attempt wrote its marker and never recorded an outcome: it died mid-send, so the card may be out.
  if (earlier?.sendingBy && earlier.sendingBy !== attemptId)
    return record(deps, job, { status: "uncertain", reason: "interruptedMidSend" });
  // With an attempt id, the marker is durable before any request that could deliver the card.
  const marker = attemptId
    ? once(() => stores.deliveries.save(row(deps, job, { status: "pending", sendingBy: attemptId })))
    : undefined;
  const round = await stores.rounds.get(job.tenantId, job.classId, job.roundId);
  if (!round) throw new RoundNotReadable("round not stored yet");
  const schoolClass = await stores.classes.get(job.tenantId, job.classId);
  if (!schoolClass?.installed) return record(deps, job, { status: "failed", reason: "classNotInstalled" });
  if (round.status === "closed" || deps.clock.now().getTime() >= Date.parse(round.closesAt))
    return record(deps, job, { status: "failed", reason: "roundClosed" });

  const view = { round, className: schoolClass.name, timeZone: schoolClass.timeZone };
  if (job.recipientId === CHANNEL_RECIPIENT) {
    const students = (await stores.members.list(job.tenantId, job.classId)).filter((m) => m.role === "student");
    const { card, summary } = deps.cards.survey({ ...view, audience: students.map((s) => s.teamsUserId) }, job.locale);
    const to = { serviceUrl: schoolClass.serviceUrl, conversationId: schoolClass.channelConversationId };
    await marker?.();
    const { activityId } = await deps.sender.sendCard({ ...to, tenantId: job.tenantId }, card, summary);
    return sent(deps, job, activityId);
  }
  const student = await stores.members.get(job.tenantId, job.classId, job.recipientId);
  if (student?.role !== "student") return record(deps, job, { status: "failed", reason: "notInClass" });
  const outcome = await sendPersonalCard(
    deps,
    {
      tenantId: job.tenantId,
      userId: student.userId,
      teamsUserId: student.teamsUserId,
      serviceUrl: schoolClass.serviceUrl,
      // A first guess for a new chat; the student's own activities correct it (register-personal-chat).
      locale: job.locale,
    },
    (stored, chat) => deps.cards.survey({ ...view, chat }, stored ? toLocale(stored) : job.locale),
    marker,
  );
  if (outcome.status === "sent") return sent(deps, job, outcome.activityId);
  if (outcome.status === "notInstalled") return record(deps, job, { status: "notInstalled" });
  return record(deps, job, { status: outcome.status, reason: outcome.reason });
}

/**
 * Takes back this attempt's marker after failures the connector answered (the card is known not to be out), so the
 * job's next dequeue sends instead of reporting `uncertain`. A row another attempt has written since is left alone.
 */
export async function clearSendingMarker(
  deps: Pick<SendSurveyDeps, "stores" | "clock">,
  job: SurveySendJob,
  attemptId: string,
): Promise<void> {
  const earlier = await deps.stores.deliveries.get(job.tenantId, job.roundId, job.recipientId);
  if (earlier?.status !== "pending" || earlier.sendingBy !== attemptId) return;
  await deps.stores.deliveries.save(row(deps, job, { status: "pending", reason: earlier.reason }));
}

/** Records a job that will not be tried again (its retries ran out) as failed, unless it already ended. */
export async function markSendAbandoned(
  deps: Pick<SendSurveyDeps, "stores" | "clock">,
  job: SurveySendJob,
  reason: string,
): Promise<void> {
  const earlier = await deps.stores.deliveries.get(job.tenantId, job.roundId, job.recipientId);
  if (isFinal(earlier?.status)) return;
  await record(deps, job, { status: "failed", reason });
}

/** The rows a round starts with: one pending row per recipient, so the report counts who is still waiting. */
export function pendingRows(round: Round, recipientIds: readonly string[], now: Date): Delivery[] {
  return recipientIds.map((recipientId) => ({
    tenantId: round.tenantId,
    roundId: round.roundId,
    recipientId,
    status: "pending",
    updatedAt: now.toISOString(),
  }));
}

async function sent(deps: SendSurveyDeps, job: SurveySendJob, activityId: string): Promise<SendSurveyOutcome> {
  const delivery = row(deps, job, { status: "sent", activityId });
  try {
    await deps.stores.deliveries.save(delivery);
  } catch {
    throw new DeliveryNotRecorded(delivery);
  }
  return "sent";
}

async function record(
  deps: Pick<SendSurveyDeps, "stores" | "clock">,
  job: SurveySendJob,
  result: Pick<Delivery, "status" | "reason">,
): Promise<SendSurveyOutcome> {
  await deps.stores.deliveries.save(row(deps, job, result));
  return result.status as SendSurveyOutcome;
}

function row(
  deps: Pick<SendSurveyDeps, "clock">,
  job: SurveySendJob,
  result: Pick<Delivery, "status" | "activityId" | "reason" | "sendingBy">,
): Delivery {
  const defined = Object.entries(result).filter(([, value]) => value !== undefined);
  return {
    tenantId: job.tenantId,
    roundId: job.roundId,
    recipientId: job.recipientId,
    ...(Object.fromEntries(defined) as Pick<Delivery, "status">),
    updatedAt: deps.clock.now().toISOString(),
  };
}

/** Runs `work` on the first call only; later calls share its promise (a failed run may be tried again). */
function once(work: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () =>
    (running ??= work().catch((error: unknown) => {
      running = undefined;
      throw error;
    }));
}
