import { randomUUID } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { createBlobLeaderLease } from "../../../src/adapters/azure-blob/blob-leader-lease.js";
import { createTableStores } from "../../../src/adapters/azure-tables/create-table-stores.js";
import { createMemoryQueues } from "../../../src/adapters/memory/create-memory-stores.js";
import { loadConfig } from "../../../src/config/config.js";
import { DEFAULT_SCHOOL_SETTINGS } from "../../../src/domain/scoring/school-settings.js";
import { startDelivery } from "../../../src/dispatch/start-delivery.js";
import { createLogger } from "../../../src/observability/logger.js";
import type { MessageSender } from "../../../src/ports/messaging.js";

const never: MessageSender = {
  send: () => Promise.reject(new Error("nothing is sent in this test")),
} as unknown as MessageSender;

/** Waits (polling) until `done` holds; the scheduler ticks at once on taking the lease. */
async function until(done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!done()) throw new Error(`timed out waiting for ${what}`);
}

describe("daily digests on the scheduler's tick", () => {
  it("two instances, a leader change and repeated ticks queue one digest per mentor for the local day", async () => {
    const connection = inject("storageConnectionString");
    const stores = await createTableStores(connection);
    const queues = createMemoryQueues();
    const tenantId = randomUUID();
    // 16:05 in Helsinki (UTC+2 in November): the school's own digest hour, not the default 15.
    const clock = { now: () => new Date("2026-11-23T14:05:00Z") };
    await stores.schoolSettings.put(
      tenantId,
      { ...DEFAULT_SCHOOL_SETTINGS, digestHour: 16, timeZone: "Europe/Helsinki" },
      undefined,
    );
    for (const mentorId of ["mentor-a", "mentor-b"]) {
      for (const n of [1, 2]) {
        await stores.digests.add({
          tenantId,
          mentorId,
          studentId: `s-${n}`,
          classId: "c",
          flagId: `${mentorId}-f${n}`,
          addedAt: clock.now().toISOString(),
        });
      }
    }
    const config = loadConfig({
      LOG_LEVEL: "silent",
      STORAGE_CONNECTION_STRING: connection,
      ALLOWED_TENANTS: tenantId,
    });
    const lease = await createBlobLeaderLease(connection, `scheduler-${tenantId}`);
    const instance = () =>
      startDelivery({
        config,
        stores,
        queues,
        sender: never,
        clock,
        logger: createLogger("silent"),
        lease,
        tenantIds: [tenantId],
        scheduler: { tickMs: 100, leaseCheckMs: 50 },
      });
    const first = instance();
    const second = instance();
    await until(() => (first.scheduler?.state.ticks ?? 0) + (second.scheduler?.state.ticks ?? 0) >= 3, "ticks");
    const leader = first.scheduler?.state.leading ? first : second;
    const follower = leader === first ? second : first;
    await leader.stop(); // the lease is released: the other instance leads and ticks the same hour again
    await until(() => (follower.scheduler?.state.ticks ?? 0) >= 2, "the new leader's ticks");
    await follower.stop();

    const digests = queues.notifications.pending().filter((j) => j.kind === "digest");
    expect(digests.map((j) => j.key).sort()).toEqual(["digest:mentor-a:2026-11-23", "digest:mentor-b:2026-11-23"]);
  });
});
