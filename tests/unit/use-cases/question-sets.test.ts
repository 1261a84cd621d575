import { describe, expect, it } from "vitest";
import { createMemoryQueues, createMemoryStores } from "../../../src/adapters/memory/create-memory-stores.js";
import type { Actor } from "../../../src/domain/privacy/access.js";
import type { ScheduleInput } from "../../../src/domain/schedule/schedule.js";
import { createSchedule } from "../../../src/use-cases/create-schedule.js";
import { chooseQuestionSet } from "../../../src/use-cases/choose-question-set.js";
import { deleteQuestionSet } from "../../../src/use-cases/delete-question-set.js";
import { listQuestionSets } from "../../../src/use-cases/list-question-sets.js";
import { loadQuestionSet } from "../../../src/use-cases/load-question-set.js";
import { openCheckIn } from "../../../src/use-cases/open-check-in.js";
import { openDueRounds } from "../../../src/use-cases/open-due-rounds.js";
import { saveQuestionSet, type QuestionSetInput } from "../../../src/use-cases/save-question-set.js";

const tenantId = "t";
const teacher: Actor = {
  tenantId,
  userId: "teach",
  classes: [{ classId: "c1", role: "teacher" }],
  isMentor: false,
  isCoordinator: false,
};
const student: Actor = { ...teacher, userId: "stud", classes: [{ classId: "c1", role: "student" }] };
const coordinator: Actor = { tenantId, userId: "coord", classes: [], isMentor: false, isCoordinator: true };

/** Safety and the adult to go to every week, dropping-out thoughts and motivation taking turns. */
const custom: QuestionSetInput = {
  name: { da: "Tryghed", sv: "Trygghet", fi: "Turvallisuus", en: "Safety first" },
  cadence: "weekly",
  fixed: ["safety-at-school", "adult-at-school"],
  rotating: [["dropout-see-finishing"], ["motivation-useful"]],
  size: 3,
};

const schedule = (questionSetId: string): ScheduleInput => ({
  classId: "c1",
  cadence: "weekly",
  weekday: 1,
  time: "08:15",
  timeZone: "Europe/Copenhagen",
  openHours: 48,
  delivery: "both",
  questionSetId,
  term: { from: "2026-08-10", to: "2027-06-25" },
  holidays: [],
});

async function school(now = new Date("2026-11-23T08:00:00Z")) {
  const stores = createMemoryStores();
  await stores.classes.save({
    tenantId,
    classId: "c1",
    name: "1.a",
    level: "GF1",
    programme: "Health",
    teamId: "19:c1",
    channelConversationId: "19:c1",
    serviceUrl: "http://127.0.0.1:9/",
    installed: true,
    timeZone: "Europe/Copenhagen",
  });
  let n = 0;
  const deps = { stores, queues: createMemoryQueues(), clock: { now: () => now }, ids: { next: () => `id${++n}` } };
  return { deps, stores };
}

describe("a school's own question sets", () => {
  it("a coordinator creates one; staff list it after the built-in sets, with its coverage hint", async () => {
    const { deps } = await school();
    const saved = await saveQuestionSet(deps, coordinator, custom);
    if (!saved.ok) throw new Error(saved.reason);
    expect(saved.stored.value.set.id).toMatch(/^qs-/);
    const listed = await listQuestionSets(deps, teacher);
    if (!listed.ok) throw new Error(listed.reason);
    expect(listed.sets.map((s) => [s.set.id, s.builtIn])).toEqual([
      ["weekly-core", true],
      ["fortnightly-5", true],
      [saved.stored.value.set.id, false],
    ]);
    expect(listed.sets[2]?.coverage.never).toEqual(["mood", "belonging", "teacherRelations", "workload", "energy"]);
    expect(await listQuestionSets(deps, student)).toEqual({ ok: false, reason: "forbidden" });
  });

  it("a teacher may not create, edit or delete a set, and nothing is stored", async () => {
    const { deps, stores } = await school();
    expect(await saveQuestionSet(deps, teacher, custom)).toEqual({ ok: false, reason: "forbidden" });
    expect(await deleteQuestionSet(deps, teacher, "qs-x", "etag")).toEqual({ ok: false, reason: "forbidden" });
    expect(await stores.questionSets.list(tenantId)).toEqual([]);
  });

  it("an invalid set is refused with its problems and nothing is stored", async () => {
    const { deps, stores } = await school();
    const refused = await saveQuestionSet(deps, coordinator, { ...custom, size: 6, fixed: ["nope"] });
    expect(refused).toEqual({
      ok: false,
      reason: "invalid",
      problems: [
        { field: "fixed", code: "unknownItem", item: "nope" },
        { field: "size", code: "sizeOutOfRange" },
      ],
    });
    expect(await stores.questionSets.list(tenantId)).toEqual([]);
  });

  it("built-in sets are read-only", async () => {
    const { deps } = await school();
    expect(await saveQuestionSet(deps, coordinator, custom, { setId: "weekly-core", etag: "x" })).toEqual({
      ok: false,
      reason: "builtIn",
    });
    expect(await deleteQuestionSet(deps, coordinator, "weekly-core", "x")).toEqual({ ok: false, reason: "builtIn" });
  });

  it("a set a schedule asks, or one chosen for a class, cannot be deleted; once free it can", async () => {
    const { deps, stores } = await school();
    const saved = await saveQuestionSet(deps, coordinator, custom);
    if (!saved.ok) throw new Error(saved.reason);
    const { id } = saved.stored.value.set;
    const created = await createSchedule(deps, teacher, schedule(id));
    if (!created.ok) throw new Error(created.reason);
    const etag = saved.stored.etag;
    expect(await deleteQuestionSet(deps, coordinator, id, etag)).toEqual({
      ok: false,
      reason: "inUse",
      schedules: 1,
      chosen: false,
    });
    await stores.schedules.delete(tenantId, created.schedule.scheduleId);
    expect(await chooseQuestionSet(deps, coordinator, { classId: "c1", setId: id })).toEqual({ ok: true });
    expect(await deleteQuestionSet(deps, coordinator, id, etag)).toMatchObject({ reason: "inUse", chosen: true });
    await chooseQuestionSet(deps, coordinator, { classId: "c1" });
    expect(await deleteQuestionSet(deps, coordinator, id, etag)).toEqual({ ok: true });
    expect(await stores.questionSets.get(tenantId, id)).toBeUndefined();
  });
});

describe("rounds ask the school's own sets", () => {
  it("a schedule naming a school's set opens rounds with that set's questions, the same again for the same round", async () => {
    const { deps, stores } = await school();
    const saved = await saveQuestionSet(deps, coordinator, custom);
    if (!saved.ok) throw new Error(saved.reason);
    const created = await createSchedule(deps, teacher, schedule(saved.stored.value.set.id));
    if (!created.ok) throw new Error(created.reason);
    const [round] = await openDueRounds(deps, { tenantIds: [tenantId] });
    expect(round?.roundId).toBe(`${created.schedule.scheduleId}:2026-W48`);
    const ids = round?.questions.map((q) => q.id);
    expect(ids?.slice(0, 2)).toEqual(["safety-at-school", "adult-at-school"]);
    expect(["dropout-see-finishing", "motivation-useful"]).toContain(ids?.[2]);
    const stored = await stores.rounds.get(tenantId, "c1", round!.roundId);
    expect(stored?.questions.map((q) => q.id)).toEqual(ids);
    const set = await loadQuestionSet(deps, tenantId, saved.stored.value.set.id);
    expect(set).toEqual(saved.stored.value.set);
  });

  it("a set that is gone falls back to weekly-core, with a warning that carries ids only", async () => {
    const { deps } = await school();
    const warnings: Array<{ fields: object; message: string }> = [];
    const logger = { warn: (fields: object, message: string) => warnings.push({ fields, message }) };
    const set = await loadQuestionSet({ ...deps, logger }, tenantId, "qs-deleted");
    expect(set.id).toBe("weekly-core");
    expect(warnings).toEqual([
      {
        fields: { tenantId, questionSetId: "qs-deleted", fallback: "weekly-core" },
        message: "question set not found; using the default",
      },
    ]);
  });

  it("a manual check-in asks the set the coordinator chose for the class, else the school's default", async () => {
    const { deps, stores } = await school();
    await stores.members.upsert({
      tenantId,
      classId: "c1",
      userId: "teach",
      teamsUserId: "29:teach",
      name: "T",
      role: "teacher",
    });
    const saved = await saveQuestionSet(deps, coordinator, custom);
    if (!saved.ok) throw new Error(saved.reason);
    await chooseQuestionSet(deps, coordinator, { setId: "fortnightly-5" });
    const checkIn = (requestId: string) =>
      openCheckIn(deps, { tenantId, classId: "c1", actorId: "teach", locale: "da", requestId });
    const bySchool = await checkIn("a1");
    if (!bySchool.ok) throw new Error(bySchool.reason);
    expect(bySchool.round.questions[0]?.id).toBe("mood-week");
    expect(bySchool.round.questions).toHaveLength(5);
    await stores.rounds.close(tenantId, "c1", bySchool.round.roundId);
    await chooseQuestionSet(deps, coordinator, { classId: "c1", setId: saved.stored.value.set.id });
    const byClass = await checkIn("a2");
    if (!byClass.ok) throw new Error(byClass.reason);
    expect(byClass.round.questions.slice(0, 2).map((q) => q.id)).toEqual(["safety-at-school", "adult-at-school"]);
  });
});
