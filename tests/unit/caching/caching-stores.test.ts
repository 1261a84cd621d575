import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../../../src/domain/scoring/thresholds.js";
import { withReadCaches } from "../../../src/adapters/caching/caching-stores.js";
import { createMemoryStores } from "../../../src/adapters/memory/create-memory-stores.js";
import type { Stores } from "../../../src/ports/stores.js";
import { recordAnswer } from "../../../src/use-cases/record-answer.js";
import { storeContract } from "../../integration/storage/contract/store-contract.js";
import { memorySchool, sequentialIds, TENANT, type MemorySchool } from "../bot/memory-school.js";

const TTL = 30_000;
const FINE = { "mood-week": 4, "belonging-class": 4, "energy-week": 5 };

/** Counts reads of the round, class and settings rows that reach the inner stores. */
function counted(inner: Stores) {
  const reads = { rounds: 0, classes: 0, settings: 0 };
  const stores: Stores = {
    ...inner,
    rounds: { ...bind(inner.rounds), get: (...a) => (reads.rounds++, inner.rounds.get(...a)) },
    classes: { ...bind(inner.classes), get: (...a) => (reads.classes++, inner.classes.get(...a)) },
    schoolSettings: { ...bind(inner.schoolSettings), get: (t) => (reads.settings++, inner.schoolSettings.get(t)) },
  };
  return { stores, reads };
}

/** The methods of a store object (class instances keep them on the prototype), bound to it. */
function bind<T extends object>(store: T): T {
  const proto = Object.getPrototypeOf(store) as object;
  const names = [...Object.keys(store), ...Object.getOwnPropertyNames(proto)].filter((n) => n !== "constructor");
  const record = store as Record<string, unknown>;
  return Object.fromEntries(
    names.map((n) => [
      n,
      typeof record[n] === "function" ? (record[n] as (...args: unknown[]) => unknown).bind(store) : record[n],
    ]),
  ) as T;
}

function answerInput(school: MemorySchool, studentId: string) {
  const { classId, roundId } = school.round;
  return { tenantId: TENANT, classId, roundId, studentId, submitted: { values: FINE } };
}

describe("read caches for the survey verbs", () => {
  describe("both faces keep every store's contract", () => {
    describe("fresh reads (everything but the survey verbs)", () => {
      const faces = withReadCaches(createMemoryStores(), { ttlMs: TTL, maxEntries: 100 });
      storeContract(() => faces.stores);
    });
    describe("cached reads (the survey verbs)", () => {
      const faces = withReadCaches(createMemoryStores(), { ttlMs: TTL, maxEntries: 100 });
      storeContract(() => faces.surveyStores);
    });
  });

  it("answers from one class within the time-to-live read the round, class and settings once", async () => {
    const school = await memorySchool();
    const { stores, reads } = counted(school.stores);
    const { surveyStores } = withReadCaches(stores, { ttlMs: TTL, maxEntries: 100 });
    const deps = {
      stores: surveyStores,
      queues: school.queues,
      clock: { now: () => school.now },
      ids: sequentialIds(),
    };
    const results = await Promise.all(school.students.map((s) => recordAnswer(deps, answerInput(school, s.userId))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(reads).toEqual({ rounds: 1, classes: 1, settings: 1 });
  });

  it("a cached open round takes no answer once its closing time has passed", async () => {
    const school = await memorySchool();
    const { surveyStores } = withReadCaches(school.stores, { ttlMs: TTL, maxEntries: 100 });
    const at = (ms: number) => ({
      stores: surveyStores,
      queues: school.queues,
      clock: { now: () => new Date(ms) },
      ids: sequentialIds(),
    });
    const [first, second] = school.students;
    expect((await recordAnswer(at(school.now.getTime()), answerInput(school, first!.userId))).ok).toBe(true);
    const late = await recordAnswer(at(Date.parse(school.round.closesAt)), answerInput(school, second!.userId));
    expect(late).toMatchObject({ ok: false, reason: "roundClosed" });
    expect(await school.stores.answers.get(TENANT, school.round.roundId, second!.userId)).toBeUndefined();
  });

  it("a round closed in this process takes no answer, even while the cached copy is young", async () => {
    const school = await memorySchool();
    const { stores, surveyStores } = withReadCaches(school.stores, { ttlMs: TTL, maxEntries: 100 });
    const deps = {
      stores: surveyStores,
      queues: school.queues,
      clock: { now: () => school.now },
      ids: sequentialIds(),
    };
    const [first, second] = school.students;
    await recordAnswer(deps, answerInput(school, first!.userId));
    await stores.rounds.close(TENANT, school.round.classId, school.round.roundId); // as the scheduler does
    expect(await recordAnswer(deps, answerInput(school, second!.userId))).toMatchObject({ reason: "roundClosed" });
  });

  it("the roster is read for every answer: a student removed from the class is refused at once", async () => {
    const school = await memorySchool();
    const { surveyStores } = withReadCaches(school.stores, { ttlMs: TTL, maxEntries: 100 });
    const deps = {
      stores: surveyStores,
      queues: school.queues,
      clock: { now: () => school.now },
      ids: sequentialIds(),
    };
    const [first, second] = school.students;
    await recordAnswer(deps, answerInput(school, first!.userId));
    const staying = [school.teacher, ...school.students.filter((s) => s !== second)];
    await school.stores.members.replaceRoster(TENANT, school.round.classId, staying);
    expect(await recordAnswer(deps, answerInput(school, second!.userId))).toMatchObject({ reason: "notStudent" });
  });

  it("changed thresholds saved in this process apply to the next answer", async () => {
    const school = await memorySchool();
    const { stores, reads } = counted(school.stores);
    const caching = withReadCaches(stores, { ttlMs: TTL, maxEntries: 100 });
    await caching.surveyStores.schoolSettings.get(TENANT);
    await caching.stores.schoolSettings.put(
      TENANT,
      { thresholds: DEFAULT_THRESHOLDS, digestHour: 7, timeZone: "UTC" },
      undefined,
    );
    expect((await caching.surveyStores.schoolSettings.get(TENANT))?.value.digestHour).toBe(7);
    expect(reads.settings).toBe(2);
  });
});
