import { describe, expect, it } from "vitest";
import { createMemoryQueues, createMemoryStores } from "../../../src/adapters/memory/create-memory-stores.js";
import type { Actor } from "../../../src/domain/privacy/access.js";
import type { ScheduleInput } from "../../../src/domain/schedule/schedule.js";
import { createSchedule } from "../../../src/use-cases/create-schedule.js";
import { listSchedules } from "../../../src/use-cases/list-schedules.js";
import { openDueRounds } from "../../../src/use-cases/open-due-rounds.js";
import { pauseSchedule } from "../../../src/use-cases/pause-schedule.js";
import { updateSchedule } from "../../../src/use-cases/update-schedule.js";

const tenantId = "t";
const teacher: Actor = {
  tenantId,
  userId: "teach",
  classes: [{ classId: "c1", role: "teacher" }],
  isMentor: false,
  isCoordinator: false,
};
const coordinator: Actor = { tenantId, userId: "coord", classes: [], isMentor: false, isCoordinator: true };
const input: ScheduleInput = {
  classId: "c1",
  cadence: "weekly",
  weekday: 1,
  time: "08:15",
  timeZone: "Europe/Copenhagen",
  openHours: 48,
  delivery: "both",
  questionSetId: "weekly-core",
  term: { from: "2026-08-10", to: "2027-06-25" },
  holidays: [],
};

async function school(now: Date) {
  const stores = createMemoryStores();
  for (const [classId, programme] of [
    ["c1", "Health"],
    ["c2", "Health"],
    ["c3", "Business"],
  ] as const) {
    await stores.classes.save({
      tenantId,
      classId,
      name: classId,
      level: "GF1",
      programme,
      teamId: `19:${classId}`,
      channelConversationId: `19:${classId}`,
      serviceUrl: "http://127.0.0.1:9/",
      installed: true,
      timeZone: "Europe/Copenhagen",
    });
  }
  const deps = {
    stores,
    queues: createMemoryQueues(),
    clock: { now: () => now },
    ids: { next: () => String(Math.random()).slice(2) },
  };
  const tick = () => openDueRounds(deps, { tenantIds: [tenantId] });
  return { deps, stores, tick };
}

describe("editing a schedule", () => {
  it("an edit while this week's round is open neither reopens nor duplicates it", async () => {
    const { deps, stores, tick } = await school(new Date("2026-09-07T08:00:00Z")); // Monday 10:00 in Copenhagen
    const created = await createSchedule(deps, teacher, input);
    if (!created.ok) throw new Error("not created");
    expect((await tick()).map((r) => r.roundId)).toEqual([`${created.schedule.scheduleId}:2026-W37`]);
    const edited = await updateSchedule(deps, teacher, created.schedule.scheduleId, {
      input: { ...input, time: "09:00", openHours: 24, delivery: "personal" },
    });
    expect(edited.ok).toBe(true);
    expect(await tick()).toEqual([]);
    expect(await stores.rounds.latest(tenantId, "c1", 5)).toHaveLength(1);
  });

  it("an edit from a stale copy is refused and changes nothing", async () => {
    const { deps, stores } = await school(new Date("2026-09-01T08:00:00Z"));
    const created = await createSchedule(deps, teacher, input);
    if (!created.ok) throw new Error("not created");
    const id = created.schedule.scheduleId;
    const [listed] = (await listSchedules(deps, teacher, "c1").then((r) => (r.ok ? r.schedules : []))) ?? [];
    expect(
      await updateSchedule(deps, coordinator, id, { input: { ...input, weekday: 2 }, etag: listed!.etag }),
    ).toMatchObject({ ok: true });
    const stale = await updateSchedule(deps, teacher, id, { input: { ...input, weekday: 3 }, etag: listed!.etag });
    expect(stale).toEqual({ ok: false, reason: "conflict" });
    expect((await stores.schedules.get(tenantId, id))?.value.weekday).toBe(2);
  });

  it("a resumed schedule opens the round of a window still open, once", async () => {
    const { deps, stores, tick } = await school(new Date("2026-09-08T08:00:00Z")); // Tuesday: Monday's window open
    const created = await createSchedule(deps, teacher, input);
    if (!created.ok) throw new Error("not created");
    await pauseSchedule(deps, teacher, created.schedule.scheduleId, true);
    expect(await tick()).toEqual([]);
    await pauseSchedule(deps, teacher, created.schedule.scheduleId, false);
    expect(await tick()).toHaveLength(1);
    expect(await tick()).toEqual([]);
    expect(await stores.rounds.latest(tenantId, "c1", 5)).toHaveLength(1);
  });
});

describe("school-wide schedules", () => {
  const wide: ScheduleInput = { ...input, classId: undefined, target: { kind: "programme", programme: "Health" } };

  it("a coordinator's programme schedule opens one round in each of its classes; a teacher may not change it", async () => {
    const { deps, stores, tick } = await school(new Date("2026-09-07T08:00:00Z"));
    expect(await createSchedule(deps, teacher, wide)).toEqual({ ok: false, reason: "forbidden" });
    const created = await createSchedule(deps, coordinator, wide);
    if (!created.ok) throw new Error("not created");
    const id = created.schedule.scheduleId;
    expect((await tick()).map((r) => r.roundId).sort()).toEqual([`${id}:c1:2026-W37`, `${id}:c2:2026-W37`]);
    expect(await stores.rounds.latest(tenantId, "c3", 5)).toEqual([]);
    expect(await updateSchedule(deps, teacher, id, { paused: true })).toEqual({ ok: false, reason: "forbidden" });
    const seen = await listSchedules(deps, teacher, "c1");
    expect(seen.ok && seen.schedules.map((s) => s.scheduleId)).toEqual([id]);
  });

  it("a class schedule clashing with it is refused, and a school-wide one clashing with a class schedule too", async () => {
    const { deps } = await school(new Date("2026-09-01T08:00:00Z"));
    expect((await createSchedule(deps, coordinator, wide)).ok).toBe(true);
    const clash = await createSchedule(deps, teacher, { ...input, weekday: 2 });
    expect(clash).toMatchObject({ reason: "invalid", problems: [{ code: "overlapsSchoolSchedule" }] });
    expect((await createSchedule(deps, teacher, { ...input, weekday: 4 })).ok).toBe(true);
    const wideClash = await createSchedule(deps, coordinator, { ...wide, target: { kind: "school" }, weekday: 5 });
    expect(wideClash).toMatchObject({ reason: "invalid", problems: [{ code: "overlapsClassSchedule" }] });
  });
});
