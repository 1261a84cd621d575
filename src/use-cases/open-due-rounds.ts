import type { Locale } from "../domain/locale.js";
import { classRoundId, currentOccurrence, type Occurrence } from "../domain/schedule/occurrence.js";
import type { Schedule } from "../domain/schedule/schedule.js";
import { targetedClasses } from "../domain/schedule/target.js";
import type { SchoolClass } from "../domain/school/school.js";
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
 * round, once; a school-wide one gets a round in each targeted class installed now (so classes installed later
 * join at their first due occurrence). The round id derives from schedule + ISO week (+ class), so restarts, retries and two schedulers at once all
 * name the same round, and RoundStore.create lets only one of them create it. Returns the rounds it created.
 */
export async function openDueRounds(deps: ScheduledRoundDeps, input: { tenantIds: readonly string[] }) {
  const opened: Round[] = [];
  const now = deps.clock.now();
  for (const tenantId of input.tenantIds) {
    // The class list is read once per tick and tenant, and only when a school-wide schedule is due.
    let classes: Promise<SchoolClass[]> | undefined;
    for (const { value: schedule } of await deps.stores.schedules.list(tenantId)) {
      const occurrence = currentOccurrence(schedule, now);
      if (!occurrence) continue;
      if (!schedule.target) {
        const round = await openScheduledRound(deps, schedule, occurrence);
        if (round) opened.push(round);
        continue;
      }
      classes ??= deps.stores.classes.list(tenantId);
      const targeted = targetedClasses(schedule, await classes);
      opened.push(...(await openInClasses(deps, schedule, occurrence, targeted)));
    }
  }
  return opened;
}

/** Classes opened side by side in a school-wide occurrence: enough to keep storage busy, not to flood it. */
const CLASS_CONCURRENCY = 8;

/** Opens a school-wide occurrence in each targeted class (also "send now"); returns the rounds it created. */
export async function openInClasses(
  deps: ScheduledRoundDeps,
  schedule: Schedule,
  occurrence: Occurrence,
  classes: readonly SchoolClass[],
): Promise<Round[]> {
  const opened: Round[] = [];
  const queue = [...classes];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const round = await openScheduledRound(deps, schedule, occurrence, next);
      if (round) opened.push(round);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CLASS_CONCURRENCY, queue.length) }, worker));
  return opened;
}

/**
 * Opens one occurrence of a schedule in one class (its own, or `targetClass` for a school-wide one; also "send
 * now"). A school-wide round's id adds the class (classRoundId); its questions rotate by the occurrence's id, so
 * every class answers the same questions that week and school figures compare like with like. Jobs are queued BEFORE the round is stored: a crash in
 * between leaves no round, so the next tick tries again, whereas the other order could leave a round nobody got.
 * Workers that meet a job before its round retry it. Returns undefined when the round already existed.
 */
export async function openScheduledRound(
  deps: ScheduledRoundDeps,
  schedule: Schedule,
  occurrence: Occurrence,
  targetClass?: SchoolClass,
): Promise<Round | undefined> {
  const { stores } = deps;
  const classId = targetClass?.classId ?? schedule.classId;
  if (classId === undefined) return undefined;
  const roundId = classRoundId(schedule, occurrence.roundId, classId);
  if (await stores.rounds.get(schedule.tenantId, classId, roundId)) return undefined;
  const schoolClass = targetClass ?? (await stores.classes.get(schedule.tenantId, classId));
  if (!schoolClass?.installed) return undefined;
  const set = await loadQuestionSet(deps, schedule.tenantId, schedule.questionSetId);
  const round: Round = {
    tenantId: schedule.tenantId,
    classId,
    roundId,
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
