import { createHash } from "node:crypto";
import type { Locale } from "../domain/locale.js";
import { CORE_QUESTIONS } from "../domain/survey/question-bank.js";
import type { Question } from "../domain/survey/question.js";
import { questionsForRound } from "../domain/survey/rotation.js";
import { isRoundOpen, type Round } from "../domain/survey/round.js";
import type { MessageSender } from "../ports/messaging.js";
import type { Clock, IdGenerator } from "../ports/runtime.js";
import type { Queues, Stores } from "../ports/stores.js";
import { CHANNEL_RECIPIENT } from "../ports/survey-sends.js";
import type { Delivery } from "../ports/survey-stores.js";
import type { CardRenderers } from "./card-renderers.js";
import { enqueueRoundSends } from "./enqueue-round-sends.js";
import { loadChosenSet } from "./load-question-set.js";

/** A round opened by hand stays open 48 hours (issue 2 brief); schedules will set their own window. */
export const MANUAL_ROUND_HOURS = 48;
/** The delivery row for the class channel post, next to one row per student. */
export { CHANNEL_RECIPIENT };

export interface OpenCheckInDeps {
  stores: Stores;
  /** Sends go through queues.surveySends now; the bot still hands its sender in. */
  sender?: MessageSender;
  queues: Queues;
  clock: Clock;
  ids: IdGenerator;
  /** Unused since sends moved to the survey-send worker; the bot still hands its renderers in. */
  cards?: CardRenderers;
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
  /** Sent by an earlier attempt (a replayed request). */
  sent: number;
  /** Waiting in the survey-send queue: the worker delivers them within Teams' limits (DESIGN §5). */
  queued: number;
  notInstalled: number;
  failed: number;
  channelPosted: boolean;
}

export type OpenCheckInResult =
  | { ok: true; round: Round; replayed: boolean; tally: DeliveryTally; timeZone: string }
  | { ok: false; reason: "unknownClass" | "notTeacher"; round?: undefined }
  | { ok: false; reason: "alreadyOpen"; round: Round; timeZone: string };

/**
 * A teacher opens a check-in now: a round with the core questions, with one send job queued per recipient (the
 * class channel and every student 1:1) and a pending delivery row each; the survey-send worker delivers them
 * within Teams' limits. A replay of the same request resumes it: it re-queues only recipients not yet reached.
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
    // The coordinator's choice for the class (else the school's) when there is one; else the core items.
    const chosen = await loadChosenSet(deps, input.tenantId, input.classId);
    round = newRound(input, roundId, now, chosen ? questionsForRound(chosen, roundId) : CORE_QUESTIONS);
    await stores.rounds.create(round);
  }

  await enqueueRoundSends(deps, round, input.locale);
  const tally = tallyOf(await stores.deliveries.listRound(input.tenantId, round.roundId));
  return { ok: true, round, replayed, tally, timeZone: schoolClass.timeZone };
}

function newRound(input: OpenCheckInInput, roundId: string, now: Date, questions: readonly Question[]): Round {
  return {
    tenantId: input.tenantId,
    classId: input.classId,
    roundId,
    questions,
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

/** Where each recipient stands right after opening: sends run in the survey-send worker, so most are queued. */
function tallyOf(rows: readonly Delivery[]): DeliveryTally {
  const tally: DeliveryTally = { students: 0, sent: 0, queued: 0, notInstalled: 0, failed: 0, channelPosted: false };
  for (const row of rows) {
    if (row.recipientId === CHANNEL_RECIPIENT) {
      tally.channelPosted = row.status === "sent" || row.status === "pending";
      continue;
    }
    tally.students++;
    if (row.status === "sent") tally.sent++;
    else if (row.status === "pending") tally.queued++;
    else if (row.status === "notInstalled") tally.notInstalled++;
    else tally.failed++;
  }
  return tally;
}
