import type { Locale } from "../domain/locale.js";
import { currentOccurrence, type Occurrence } from "../domain/schedule/occurrence.js";
import type { Schedule } from "../domain/schedule/schedule.js";
import { questionsForRound } from "../domain/survey/rotation.js";
import type { Round } from "../domain/survey/round.js";
import type { Clock } from "../ports/runtime.js";
import type { Queues, Stores } from "../ports/stores.js";
import { enqueueRoundSends } from "./enqueue-round-sends.js";
import { loadQuestionSet } from "./load-question-set.js";

export interface ScheduledRoundDeps {
  stores: Stores;
  queues: Queues;
  clock: Clock;
}

/** A school's language from its zone, for students whose own is not known yet. */
const ZONE_LOCALE: Record<Schedule["timeZone"], Locale> = {
  "Europe/Copenhagen": "da",
  "Europe/Stockholm": "sv",
  "Europe/Helsinki": "fi",
};

/**
 * The scheduler's minute tick, opening side: every active schedule whose occurrence window contains now gets its
 * round, once. The round id derives from schedule + ISO week, so restarts, retries and two schedulers at once all
 * name the same round, and RoundStore.create lets only one of them create it. Returns the rounds it created.
 */
export async function openDueRounds(deps: ScheduledRoundDeps, input: { tenantIds: readonly string[] }) {
  const opened: Round[] = [];
  const now = deps.clock.now();
  for (const tenantId of input.tenantIds) {
    for (const { value: schedule } of await deps.stores.schedules.list(tenantId)) {
      const occurrence = currentOccurrence(schedule, now);
      if (!occurrence) continue;
      const round = await openScheduledRound(deps, schedule, occurrence);
      if (round) opened.push(round);
    }
  }
  return opened;
}

/**
 * Opens one occurrence of a schedule (also "send now"). Jobs are queued BEFORE the round is stored: a crash in
 * between leaves no round, so the next tick tries again, whereas the other order could leave a round nobody got.
 * Workers that meet a job before its round retry it. Returns undefined when the round already existed.
 */
export async function openScheduledRound(
  deps: ScheduledRoundDeps,
  schedule: Schedule,
  occurrence: Occurrence,
): Promise<Round | undefined> {
  const { stores } = deps;
  if (await stores.rounds.get(schedule.tenantId, schedule.classId, occurrence.roundId)) return undefined;
  const schoolClass = await stores.classes.get(schedule.tenantId, schedule.classId);
  if (!schoolClass?.installed) return undefined;
  const set = await loadQuestionSet(deps, schedule.tenantId, schedule.questionSetId);
  const round: Round = {
    tenantId: schedule.tenantId,
    classId: schedule.classId,
    roundId: occurrence.roundId,
    questions: questionsForRound(set, occurrence.roundId),
    opensAt: occurrence.opensAt.toISOString(),
    closesAt: occurrence.closesAt.toISOString(),
    status: "open",
    delivery: schedule.delivery,
    origin: `schedule:${schedule.scheduleId}`,
  };
  await enqueueRoundSends(deps, round, ZONE_LOCALE[schedule.timeZone]);
  return (await stores.rounds.create(round)) ? round : undefined;
}
