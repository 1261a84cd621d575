import { buildDemoSchool } from "../domain/demo/build-demo-school.js";
import type { DemoSchool } from "../domain/demo/demo-school.js";
import { demoSummary, type DemoSummary } from "../domain/demo/demo-summary.js";
import { replayDemoSchool, type ReplayedStudent } from "../domain/demo/replay-history.js";
import type { Flag } from "../domain/scoring/flag.js";
import type { StudentState } from "../domain/scoring/student-state.js";
import { DEFAULT_THRESHOLDS } from "../domain/scoring/thresholds.js";
import { ConcurrentChangeError } from "../ports/case-stores.js";
import type { Stores } from "../ports/stores.js";
import type { Delivery } from "../ports/survey-stores.js";
import { CHANNEL_RECIPIENT } from "./open-check-in.js";

export type { DemoSummary, DemoSignInUser } from "../domain/demo/demo-summary.js";

/**
 * Writes in flight while seeding. In-process Azurite shares our event loop, so more concurrency only adds
 * contention (toolchain.md §1: 1,134 upserts/s at concurrency 1, 761/s at 16); a few overlap the I/O waits.
 */
const SEED_CONCURRENCY = 4;

/**
 * Writes the invented demo school (issue 2 §2) through the store ports, with student states and flags replayed
 * through the real rules. Idempotent: the coordinator's staff row is written last, so its presence means a
 * complete earlier seed (persisted Azurite data) and nothing is written again; a half-finished seed is completed
 * by writes that are all upserts or insert-or-replace.
 */
export async function seedDemoSchool(stores: Stores, options: { tenantId: string; now: Date }): Promise<DemoSummary> {
  const school = buildDemoSchool(options.tenantId, options.now);
  const replayed = replayDemoSchool(school, DEFAULT_THRESHOLDS);
  const summary = demoSummary(school, replayed);
  if (await stores.staff.get(school.tenantId, school.coordinatorId)) return summary;

  await runPool(directoryWrites(stores, school), SEED_CONCURRENCY);
  await runPool(historyWrites(stores, school, replayed), SEED_CONCURRENCY);
  const coordinator = school.staff.find((s) => s.staff.userId === school.coordinatorId);
  if (coordinator) await stores.staff.save(coordinator.staff);
  return summary;
}

type Task = () => Promise<unknown>;

/** Classes, rosters, people and mentorships: everything the history refers to. */
function directoryWrites(stores: Stores, school: DemoSchool): Task[] {
  return [
    ...school.classes.map((c) => () => stores.classes.save(c)),
    // Upserts rather than replaceRoster: a seed only adds rows and never reads a roster to decide what to delete.
    ...school.members.map((m) => () => stores.members.upsert(m)),
    ...school.staff.filter((s) => s.staff.userId !== school.coordinatorId).map((s) => () => stores.staff.save(s.staff)),
    ...school.mentorships.map((m) => () => stores.mentorships.save(m)),
    ...school.conversations.map((c) => () => stores.conversations.save(c)),
  ];
}

/** Rounds, deliveries, answers, and the replayed states and flags. */
function historyWrites(stores: Stores, school: DemoSchool, replayed: readonly ReplayedStudent[]): Task[] {
  return [
    ...school.rounds.map((r) => () => stores.rounds.create(r.round)),
    ...deliveryWrites(stores, school),
    ...answerWrites(stores, school),
    ...replayed.map((r) => () => putState(stores, r.state)),
    ...replayed.flatMap((r) => (r.flag ? [() => putFlag(stores, r.flag as Flag)] : [])),
  ];
}

/** Per round: the channel post and one delivery per student, as open-check-in records them. */
function deliveryWrites(stores: Stores, school: DemoSchool): Task[] {
  const perRound = school.rounds.map(({ round, deliveries }): Delivery[] => [
    {
      tenantId: school.tenantId,
      roundId: round.roundId,
      recipientId: CHANNEL_RECIPIENT,
      status: "sent",
      updatedAt: round.opensAt,
    },
    ...deliveries.map((d): Delivery => ({
      tenantId: school.tenantId,
      roundId: round.roundId,
      recipientId: d.studentId,
      // Blocked: Teams answered 403 for this student (DESIGN §5), so the round never reached them.
      ...(d.reached ? { status: "sent" as const } : { status: "blocked" as const, reason: "botBlocked" }),
      updatedAt: d.at,
    })),
  ]);
  const saveMany = stores.deliveries.saveMany?.bind(stores.deliveries);
  if (saveMany) return perRound.map((batch) => () => saveMany(batch));
  return perRound.flat().map((d) => () => stores.deliveries.save(d));
}

/** Per class in bulk when the store can (a student's history is one partition), else one save per answer. */
function answerWrites(stores: Stores, school: DemoSchool): Task[] {
  const opensAt = new Map(school.rounds.map((r) => [r.round.roundId, r.round.opensAt]));
  const items = school.answers.map((answer) => ({
    answer,
    roundOpensAt: opensAt.get(answer.roundId) ?? answer.answeredAt,
  }));
  const importAnswers = stores.answers.importAnswers?.bind(stores.answers);
  if (!importAnswers)
    return items.map(
      ({ answer, roundOpensAt }) =>
        () =>
          stores.answers.save(answer, roundOpensAt),
    );
  return school.classes.map((c) => () => importAnswers(items.filter((i) => i.answer.classId === c.classId)));
}

/** Inserts; a row left by a half-finished earlier seed is replaced with the fresh replay. */
async function putState(stores: Stores, state: StudentState): Promise<void> {
  try {
    await stores.studentStates.put(state, undefined);
  } catch (error) {
    if (!(error instanceof ConcurrentChangeError)) throw error;
    const current = await stores.studentStates.get(state.tenantId, state.classId, state.studentId);
    await stores.studentStates.put(state, current?.etag);
  }
}

async function putFlag(stores: Stores, flag: Flag): Promise<void> {
  try {
    await stores.flags.put(flag, undefined);
  } catch (error) {
    if (!(error instanceof ConcurrentChangeError)) throw error;
    const current = await stores.flags.get(flag.tenantId, flag.studentId, flag.flagId);
    await stores.flags.put(flag, current?.etag);
  }
}

/** Runs tasks with at most `limit` in flight. After a failure no new task starts, and the pool rejects with it. */
async function runPool(tasks: readonly Task[], limit: number): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < tasks.length) {
      const task = tasks[next++];
      try {
        if (task) await task();
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}
