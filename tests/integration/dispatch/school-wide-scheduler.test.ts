import { randomUUID } from "node:crypto";
import { inject, describe, expect, it } from "vitest";
import { createTableStores } from "../../../src/adapters/azure-tables/create-table-stores.js";
import { createMemoryQueues } from "../../../src/adapters/memory/create-memory-stores.js";
import { openDueRounds } from "../../../src/use-cases/open-due-rounds.js";
import { schedule } from "../../unit/schedule/schedule-fixture.js";

/** A school of `classes` installed classes of two students each, on the test Azurite. */
async function school(classes: number) {
  const stores = await createTableStores(inject("storageConnectionString"));
  const tenantId = randomUUID();
  const install = async (classId: string) => {
    await stores.classes.save({
      tenantId,
      classId,
      name: classId,
      level: "GF1",
      programme: "Health",
      teamId: `19:${classId}`,
      channelConversationId: `19:${classId}`,
      serviceUrl: "http://127.0.0.1:9/",
      installed: true,
      timeZone: "Europe/Copenhagen",
    });
    await stores.members.replaceRoster(
      tenantId,
      classId,
      [1, 2].map((n) => ({
        tenantId,
        classId,
        userId: `${classId}-s${n}`,
        teamsUserId: `29:${classId}-s${n}`,
        name: `Elev ${n}`,
        role: "student" as const,
      })),
    );
  };
  for (let i = 0; i < classes; i++) await install(`class-${i}`);
  return { stores, tenantId, install };
}

describe("the scheduler with a school-wide schedule", () => {
  it("two schedulers ticking at once open exactly one round per class, and a class installed later joins", async () => {
    const { stores, tenantId, install } = await school(5);
    await stores.schedules.put(
      schedule({ tenantId, scheduleId: "wide", classId: undefined, target: { kind: "school" }, openHours: 4 }),
    );
    const queues = createMemoryQueues();
    const at = new Date("2026-09-07T07:00:00Z"); // Monday 09:00 in Copenhagen: the 08:15 round is due
    const tick = () => openDueRounds({ stores, queues, clock: { now: () => at } }, { tenantIds: [tenantId] });
    const ticks = await Promise.all([1, 2, 3].flatMap(() => [tick(), tick()]));
    const created = ticks.flat().map((r) => r.roundId);
    const expected = [0, 1, 2, 3, 4].map((i) => `wide:class-${i}:2026-W37`);
    expect(created.sort()).toEqual(expected.sort());
    for (let i = 0; i < 5; i++) {
      const rounds = await stores.rounds.latest(tenantId, `class-${i}`, 5);
      expect(rounds.map((r) => [r.roundId, r.origin])).toEqual([[`wide:class-${i}:2026-W37`, "schedule:wide"]]);
    }
    expect(new Set(queues.surveySends.pending().map((j) => `${j.roundId}|${j.recipientId}`)).size).toBe(5 * 3);

    await install("class-late");
    const [late, again] = await Promise.all([tick(), tick()]);
    expect([...late!, ...again!].map((r) => r.roundId)).toEqual(["wide:class-late:2026-W37"]);
  });
});
