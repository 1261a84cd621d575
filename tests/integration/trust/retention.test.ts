import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createTableStores } from "../../../src/adapters/azure-tables/create-table-stores.js";
import { runRetention } from "../../../src/use-cases/run-retention.js";

/** DESIGN §6: the daily job deletes answers older than the retention period (default 13 months), and only those. */
describe("retention", () => {
  it("deletes answers older than 13 months and keeps newer ones", async () => {
    const stores = await createTableStores(inject("storageConnectionString"));
    const tenantId = randomUUID();
    const now = new Date("2026-03-01T08:00:00Z");
    const answer = (roundId: string, answeredAt: string) => ({
      tenantId,
      classId: "class-1",
      roundId,
      studentId: "student-1",
      values: { mood: 3 },
      answeredAt,
    });
    await stores.answers.save(answer("old", "2025-01-15T08:00:00Z"), "2025-01-15T07:00:00Z");
    await stores.answers.save(answer("recent", "2025-06-15T08:00:00Z"), "2025-06-15T07:00:00Z");
    const run = await runRetention({ stores }, { tenantId, now });
    expect(run).toMatchObject({ answersDeleted: 1, cutoff: "2025-02-01T08:00:00.000Z" });
    expect(await stores.answers.get(tenantId, "old", "student-1")).toBeUndefined();
    expect(await stores.answers.get(tenantId, "recent", "student-1")).toBeDefined();
    expect((await stores.answers.history(tenantId, "student-1", 10)).map((a) => a.roundId)).toEqual(["recent"]);
  });
});
