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
export type SendSurveyOutcome = "sent" | "alreadyDone" | "blocked" | "notInstalled" | "failed";

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
export async function sendSurveyToRecipient(deps: SendSurveyDeps, job: SurveySendJob): Promise<SendSurveyOutcome> {
  const { stores } = deps;
  const earlier = await stores.deliveries.get(job.tenantId, job.roundId, job.recipientId);
  if (isFinal(earlier?.status)) return "alreadyDone";
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
    (stored) => deps.cards.survey(view, stored ? toLocale(stored) : job.locale),
  );
  if (outcome.status === "sent") return sent(deps, job, outcome.activityId);
  if (outcome.status === "notInstalled") return record(deps, job, { status: "notInstalled" });
  return record(deps, job, { status: outcome.status, reason: outcome.reason });
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
  result: Pick<Delivery, "status" | "activityId" | "reason">,
): Delivery {
  return {
    tenantId: job.tenantId,
    roundId: job.roundId,
    recipientId: job.recipientId,
    ...result,
    updatedAt: deps.clock.now().toISOString(),
  };
}
