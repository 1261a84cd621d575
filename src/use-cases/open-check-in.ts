import { createHash } from "node:crypto";
import { toLocale, type Locale } from "../domain/locale.js";
import type { ClassMember, SchoolClass } from "../domain/school/school.js";
import { CORE_QUESTIONS } from "../domain/survey/question-bank.js";
import { isRoundOpen, type Round } from "../domain/survey/round.js";
import { SendFailure, type MessageSender } from "../ports/messaging.js";
import type { Clock, IdGenerator } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";
import type { Delivery, DeliveryStatus } from "../ports/survey-stores.js";
import type { CardRenderers } from "./card-renderers.js";
import { sendPersonalCard } from "./send-personal-card.js";

/** A round opened by hand stays open 48 hours (issue 2 brief); schedules will set their own window. */
export const MANUAL_ROUND_HOURS = 48;
/** The delivery row for the class channel post, next to one row per student. */
export const CHANNEL_RECIPIENT = "channel";

export interface OpenCheckInDeps {
  stores: Stores;
  sender: MessageSender;
  clock: Clock;
  ids: IdGenerator;
  cards: CardRenderers;
}

export interface OpenCheckInInput {
  tenantId: string;
  classId: string;
  /** The teacher asking, from an authenticated activity or token; never from a request body. */
  actorId: string;
  /** The teacher's locale: the channel post and any student whose language is unknown get it. */
  locale: Locale;
  /** The triggering activity's id: Teams re-sends unanswered activities, and a replay must not open two rounds. */
  requestId?: string | undefined;
}

export interface DeliveryTally {
  students: number;
  sent: number;
  notInstalled: number;
  failed: number;
  channelPosted: boolean;
}

export type OpenCheckInResult =
  | { ok: true; round: Round; replayed: boolean; tally: DeliveryTally; timeZone: string }
  | { ok: false; reason: "unknownClass" | "notTeacher"; round?: undefined }
  | { ok: false; reason: "alreadyOpen"; round: Round; timeZone: string };

/**
 * A teacher opens a check-in now: a round with the core questions, posted in the class channel and sent 1:1 to
 * every student (creating the 1:1 chat when none is stored), with a delivery row per recipient. A replay of the
 * same request resumes it and sends nothing twice.
 */
export async function openCheckIn(deps: OpenCheckInDeps, input: OpenCheckInInput): Promise<OpenCheckInResult> {
  const { stores } = deps;
  const schoolClass = await stores.classes.get(input.tenantId, input.classId);
  if (!schoolClass?.installed) return { ok: false, reason: "unknownClass" };
  const actor = await stores.members.get(input.tenantId, input.classId, input.actorId);
  if (actor?.role !== "teacher") return { ok: false, reason: "notTeacher" };

  const now = deps.clock.now();
  const roundId = input.requestId ? derivedRoundId(input) : deps.ids.next();
  let round = await stores.rounds.get(input.tenantId, input.classId, roundId);
  const replayed = round !== undefined;
  if (!round) {
    const [latest] = await stores.rounds.latest(input.tenantId, input.classId, 1);
    if (latest && isRoundOpen(latest, now))
      return { ok: false, reason: "alreadyOpen", round: latest, timeZone: schoolClass.timeZone };
    round = newRound(input, roundId, now);
    await stores.rounds.create(round);
  }

  const members = await stores.members.list(input.tenantId, input.classId);
  const tally: DeliveryTally = { students: 0, sent: 0, notInstalled: 0, failed: 0, channelPosted: false };
  tally.channelPosted = (await postInChannel(deps, schoolClass, round, input.locale)) === "sent";
  for (const student of members.filter((m) => m.role === "student")) {
    tally.students++;
    const status = await sendToStudent(deps, schoolClass, round, student, input.locale);
    if (status === "sent") tally.sent++;
    else if (status === "notInstalled") tally.notInstalled++;
    else tally.failed++;
  }
  return { ok: true, round, replayed, tally, timeZone: schoolClass.timeZone };
}

function newRound(input: OpenCheckInInput, roundId: string, now: Date): Round {
  return {
    tenantId: input.tenantId,
    classId: input.classId,
    roundId,
    questions: CORE_QUESTIONS,
    opensAt: now.toISOString(),
    closesAt: new Date(now.getTime() + MANUAL_ROUND_HOURS * 3_600_000).toISOString(),
    status: "open",
    delivery: "both",
    origin: `manual:${input.actorId}`,
  };
}

function derivedRoundId(input: OpenCheckInInput): string {
  const digest = createHash("sha256").update(`${input.tenantId}|${input.classId}|${input.requestId}`).digest("hex");
  return `m-${digest.slice(0, 24)}`;
}

async function postInChannel(
  deps: OpenCheckInDeps,
  schoolClass: SchoolClass,
  round: Round,
  locale: Locale,
): Promise<DeliveryStatus> {
  const done = await deps.stores.deliveries.get(round.tenantId, round.roundId, CHANNEL_RECIPIENT);
  if (done?.status === "sent") return "sent";
  const { card, summary } = deps.cards.survey(
    { round, className: schoolClass.name, timeZone: schoolClass.timeZone },
    locale,
  );
  const to = {
    serviceUrl: schoolClass.serviceUrl,
    conversationId: schoolClass.channelConversationId,
    tenantId: round.tenantId,
  };
  return record(deps, round, CHANNEL_RECIPIENT, async () => {
    const { activityId } = await deps.sender.sendCard(to, card, summary);
    return { status: "sent", activityId };
  });
}

async function sendToStudent(
  deps: OpenCheckInDeps,
  schoolClass: SchoolClass,
  round: Round,
  student: ClassMember,
  teacherLocale: Locale,
): Promise<DeliveryStatus> {
  const done = await deps.stores.deliveries.get(round.tenantId, round.roundId, student.userId);
  if (done?.status === "sent") return "sent";
  const view = { round, className: schoolClass.name, timeZone: schoolClass.timeZone };
  return record(deps, round, student.userId, async () => {
    const outcome = await sendPersonalCard(
      deps,
      {
        tenantId: round.tenantId,
        userId: student.userId,
        teamsUserId: student.teamsUserId,
        serviceUrl: schoolClass.serviceUrl,
        // A first guess for a new chat; the student's own activities correct it (register-personal-chat).
        locale: teacherLocale,
      },
      (stored) => deps.cards.survey(view, stored ? toLocale(stored) : teacherLocale),
    );
    if (outcome.status === "sent") return { status: "sent", activityId: outcome.activityId };
    if (outcome.status === "notInstalled") return { status: "notInstalled" };
    return { status: outcome.status, reason: outcome.reason };
  });
}

/** Runs one send and stores its delivery row; a thrown connector error is recorded, never lost (DESIGN §5). */
async function record(
  deps: OpenCheckInDeps,
  round: Round,
  recipientId: string,
  send: () => Promise<Pick<Delivery, "status" | "activityId" | "reason">>,
): Promise<DeliveryStatus> {
  let result: Pick<Delivery, "status" | "activityId" | "reason">;
  try {
    result = await send();
  } catch (error) {
    result = { status: "failed", reason: error instanceof SendFailure ? `${error.kind} (${error.status})` : "error" };
  }
  await deps.stores.deliveries.save({
    tenantId: round.tenantId,
    roundId: round.roundId,
    recipientId,
    ...result,
    updatedAt: deps.clock.now().toISOString(),
  });
  return result.status;
}
