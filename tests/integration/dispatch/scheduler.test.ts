import { randomUUID } from "node:crypto";
import { inject, describe, expect, it } from "vitest";
import { createBlobLeaderLease } from "../../../src/adapters/azure-blob/blob-leader-lease.js";
import { createTableStores } from "../../../src/adapters/azure-tables/create-table-stores.js";
import { createMemoryQueues } from "../../../src/adapters/memory/create-memory-stores.js";
import { startScheduler } from "../../../src/dispatch/scheduler.js";
import { createLogger } from "../../../src/observability/logger.js";
import { closeExpiredRounds } from "../../../src/use-cases/close-expired-rounds.js";
import { openDueRounds } from "../../../src/use-cases/open-due-rounds.js";
import { schedule } from "../../unit/schedule/schedule-fixture.js";

const logger = createLogger("silent");

async function schoolWithSchedules(classes: number) {
  const stores = await createTableStores(inject("storageConnectionString"));
  const tenantId = randomUUID();
  for (let i = 0; i < classes; i++) {
    const classId = `class-${i}`;
    await stores.classes.save({
      tenantId,
      classId,
      name: `GF1 ${i}`,
      level: "GF1",
      programme: "",
      teamId: `19:${classId}`,
      channelConversationId: `19:${classId}`,
      serviceUrl: "http://127.0.0.1:9/",
      installed: true,
      timeZone: "Europe/Copenhagen",
    });
    const students = [1, 2].map((n) => ({
      tenantId,
      classId,
      userId: `${classId}-s${n}`,
      teamsUserId: `29:${classId}-s${n}`,
      name: `Elev ${n}`,
      role: "student" as const,
    }));
    await stores.members.replaceRoster(tenantId, classId, students);
    await stores.schedules.put(schedule({ tenantId, classId, scheduleId: `sched-${i}`, openHours: 4 }));
  }
  return { stores, tenantId };
}

describe("the scheduler", () => {
  it("two schedulers ticking at once open each due round exactly once", async () => {
    const { stores, tenantId } = await schoolWithSchedules(6);
    const queues = createMemoryQueues();
    const at = new Date("2026-09-07T07:00:00Z"); // Monday 09:00 in Copenhagen: every schedule is due
    const instance = () => ({ stores, queues, clock: { now: () => at } });
    const ticks = await Promise.all(
      [1, 2, 3].flatMap(() => [
        openDueRounds(instance(), { tenantIds: [tenantId] }),
        openDueRounds(instance(), { tenantIds: [tenantId] }),
      ]),
    );
    const created = ticks.flat().map((r) => r.roundId);
    expect(created.sort()).toEqual([0, 1, 2, 3, 4, 5].map((i) => `sched-${i}:2026-W37`).sort());
    for (let i = 0; i < 6; i++) {
      expect((await stores.rounds.latest(tenantId, `class-${i}`, 5)).map((r) => r.roundId)).toEqual([
        `sched-${i}:2026-W37`,
      ]);
    }
    const jobs = queues.surveySends.pending();
    // Duplicated jobs are harmless (the worker checks each row), but every recipient has at least one.
    expect(new Set(jobs.map((j) => `${j.roundId}|${j.recipientId}`)).size).toBe(6 * 3);
  });

  it("closing an expired round counts silence for students it reached and leaves the others alone", async () => {
    const { stores, tenantId } = await schoolWithSchedules(1);
    const queues = createMemoryQueues();
    const opensAt = new Date("2026-09-07T07:00:00Z");
    const [round] = await openDueRounds({ stores, queues, clock: { now: () => opensAt } }, { tenantIds: [tenantId] });
    const at = (iso: string) => ({ stores, queues, clock: { now: () => new Date(iso) }, ids: { next: randomUUID } });
    await stores.deliveries.save({
      tenantId,
      roundId: round!.roundId,
      recipientId: "class-0-s1",
      status: "sent",
      updatedAt: opensAt.toISOString(),
    });
    await stores.deliveries.save({
      tenantId,
      roundId: round!.roundId,
      recipientId: "class-0-s2",
      status: "failed",
      updatedAt: opensAt.toISOString(),
    });
    expect(await closeExpiredRounds(at("2026-09-07T09:00:00Z"), { tenantIds: [tenantId] })).toEqual([]);
    const closed = await closeExpiredRounds(at("2026-09-07T10:16:00Z"), { tenantIds: [tenantId] });
    expect(closed.map((r) => r.roundId)).toEqual([round!.roundId]);
    expect((await stores.rounds.get(tenantId, "class-0", round!.roundId))?.status).toBe("closed");
    expect((await stores.studentStates.get(tenantId, "class-0", "class-0-s1"))?.value.missedInRow).toBe(1);
    expect(await stores.studentStates.get(tenantId, "class-0", "class-0-s2")).toBeUndefined();
  });

  it("one of two instances leads; when the leader dies without releasing, the other takes over", async () => {
    const name = `scheduler-${randomUUID()}`;
    const connection = inject("storageConnectionString");
    const tickers = { a: 0, b: 0 };
    // Azure's shortest lease, 15 s (Lease Blob REST API), so the takeover happens within this test's patience.
    const start = async (who: "a" | "b") =>
      startScheduler({
        lease: await createBlobLeaderLease(connection, name, 15),
        logger,
        tickMs: 200,
        leaseCheckMs: 500,
        tick: async () => void tickers[who]++,
      });
    const a = await start("a");
    await new Promise((resolve) => setTimeout(resolve, 600));
    const b = await start("b");
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect([a.state.leading, b.state.leading]).toEqual([true, false]);
    expect(tickers.b).toBe(0);
    await a.kill();
    const until = Date.now() + 25_000;
    while (!b.state.leading && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 250));
    expect(b.state.leading).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(tickers.b).toBeGreaterThan(0);
    await b.stop();
  }, 40_000);
});
