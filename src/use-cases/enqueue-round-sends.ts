import type { Locale } from "../domain/locale.js";
import type { Round } from "../domain/survey/round.js";
import type { Clock } from "../ports/runtime.js";
import type { Queues, Stores } from "../ports/stores.js";
import { CHANNEL_RECIPIENT, type SurveySendJob } from "../ports/survey-sends.js";
import { pendingRows } from "./send-survey-to-recipient.js";

/** Jobs enqueued at once: a class has ~30 recipients; 16 in flight keeps a check-in reply well under 2 s. */
const ENQUEUE_CONCURRENCY = 16;

export interface RoundSendTally {
  /** Students in the class when the round opened. */
  students: number;
  /** Recipients (students, and the channel post) whose send is queued now. */
  queued: number;
  /** Recipients already sent, blocked or not installed by an earlier attempt: nothing is queued for them. */
  alreadyDone: number;
}

/**
 * Queues one send job per recipient of a round (DESIGN §5): the channel post and/or every student, as the round's
 * delivery mode says, each with a pending delivery row. A recipient whose row is already final is skipped; a
 * failed one is queued again (a replayed check-in retries those). Safe to repeat: the worker checks each row.
 */
export async function enqueueRoundSends(
  deps: { stores: Stores; queues: Queues; clock: Clock },
  round: Round,
  locale: Locale,
): Promise<RoundSendTally> {
  const { stores } = deps;
  const [members, existing] = await Promise.all([
    stores.members.list(round.tenantId, round.classId),
    stores.deliveries.listRound(round.tenantId, round.roundId),
  ]);
  const students = members.filter((m) => m.role === "student").map((m) => m.userId);
  const recipients = [
    ...(round.delivery !== "personal" ? [CHANNEL_RECIPIENT] : []),
    ...(round.delivery !== "channel" ? students : []),
  ];
  const status = new Map(existing.map((d) => [d.recipientId, d.status]));
  const todo = recipients.filter((r) => {
    const s = status.get(r);
    return s === undefined || s === "pending" || s === "failed";
  });
  const rows = pendingRows(round, todo, deps.clock.now());
  if (stores.deliveries.saveMany) await stores.deliveries.saveMany(rows);
  else for (const row of rows) await stores.deliveries.save(row);

  const jobs: SurveySendJob[] = todo.map((recipientId) => ({
    tenantId: round.tenantId,
    classId: round.classId,
    roundId: round.roundId,
    recipientId,
    locale,
  }));
  for (let i = 0; i < jobs.length; i += ENQUEUE_CONCURRENCY)
    await Promise.all(jobs.slice(i, i + ENQUEUE_CONCURRENCY).map((job) => deps.queues.surveySends.enqueue(job)));
  return { students: students.length, queued: todo.length, alreadyDone: recipients.length - todo.length };
}
