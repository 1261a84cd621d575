import { describe, expect, it } from "vitest";
import { createMemoryStores } from "../../../src/adapters/memory/create-memory-stores.js";
import { buildDemoSchool } from "../../../src/domain/demo/build-demo-school.js";
import { replayDemoSchool } from "../../../src/domain/demo/replay-history.js";
import { DEFAULT_THRESHOLDS } from "../../../src/domain/scoring/thresholds.js";
import type { Delivery } from "../../../src/ports/survey-stores.js";
import { seedDemoSchool } from "../../../src/use-cases/seed-demo-school.js";

const now = new Date("2025-03-12T10:30:00.000Z");
const tenantId = "tenant-seed-unit";

describe("seeding the demo school through the store ports", () => {
  it("stores every student's replayed state and flag, and reports the flagged count", async () => {
    const stores = createMemoryStores();
    const summary = await seedDemoSchool(stores, { tenantId, now });
    const school = buildDemoSchool(tenantId, now);
    const replayed = replayDemoSchool(school, DEFAULT_THRESHOLDS);
    for (const [i, { member }] of school.students.entries()) {
      const state = await stores.studentStates.get(tenantId, member.classId, member.userId);
      expect(state?.value).toEqual(replayed[i]!.state);
      expect(await stores.flags.listStudent(tenantId, member.userId)).toEqual(
        replayed[i]!.flag ? [replayed[i]!.flag] : [],
      );
    }
    expect(summary.flaggedStudents).toBeGreaterThan(0);
    expect(summary.students).toBe(100);
  });

  it("writes nothing the second time", async () => {
    const stores = createMemoryStores();
    await seedDemoSchool(stores, { tenantId, now });
    let writes = 0;
    const originalSave = stores.answers.save.bind(stores.answers);
    stores.answers.save = (answer, opensAt) => {
      writes++;
      return originalSave(answer, opensAt);
    };
    await seedDemoSchool(stores, { tenantId, now });
    expect(writes).toBe(0);
  });

  it("uses a store's bulk writes when it offers them", async () => {
    const stores = createMemoryStores();
    const batches: Delivery[][] = [];
    let imported = 0;
    stores.deliveries.saveMany = async (deliveries) => {
      batches.push([...deliveries]);
      for (const d of deliveries) await stores.deliveries.save(d);
    };
    stores.answers.importAnswers = async (items) => {
      imported += items.length;
      for (const { answer, roundOpensAt } of items) await stores.answers.save(answer, roundOpensAt);
    };
    await seedDemoSchool(stores, { tenantId, now });
    const school = buildDemoSchool(tenantId, now);
    expect(imported).toBe(school.answers.length);
    expect(batches).toHaveLength(school.rounds.length);
    // Each batch is one round's partition: the channel post and the class's 25 students.
    for (const batch of batches) {
      expect(new Set(batch.map((d) => d.roundId)).size).toBe(1);
      expect(batch).toHaveLength(26);
    }
  });
});
