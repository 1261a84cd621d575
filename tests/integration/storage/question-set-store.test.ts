import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { createTableStores } from "../../../src/adapters/azure-tables/create-table-stores.js";
import { MemoryQuestionSetStore } from "../../../src/adapters/memory/memory-question-set-store.js";
import { ConcurrentChangeError } from "../../../src/ports/case-stores.js";
import type { QuestionSetStore, SchoolQuestionSet } from "../../../src/ports/question-set-store.js";

const setOf = (tenantId: string, id: string, en = "Short check"): SchoolQuestionSet => ({
  tenantId,
  set: {
    id,
    name: { da: "Kort tjek", sv: "Kort koll", fi: "Lyhyt tarkistus", en },
    cadence: "weekly",
    fixed: ["mood-week"],
    rotating: [["belonging-class", "belonging-breaks"], ["safety-online"]],
    size: 2,
  },
  updatedBy: "coordinator-1",
  updatedAt: "2026-11-23T09:00:00.000Z",
});

/** The same behaviour from the Azure Tables adapter (on Azurite) and the memory fake. */
function contract(name: string, make: () => QuestionSetStore) {
  describe(`${name} question set store`, () => {
    let store: QuestionSetStore;
    let tenant: string;
    beforeAll(() => {
      store = make();
    });
    const fresh = () => (tenant = `t-${randomUUID()}`);

    it("a saved set reads back whole, and the tenant's list holds it", async () => {
      fresh();
      await store.put(setOf(tenant, "qs-1"));
      expect((await store.get(tenant, "qs-1"))?.value).toEqual(setOf(tenant, "qs-1"));
      expect((await store.list(tenant)).map((s) => s.value.set.id)).toEqual(["qs-1"]);
      expect(await store.list(`t-${randomUUID()}`)).toEqual([]);
    });

    it("an edit with a stale ETag is refused and the newer edit stays", async () => {
      fresh();
      await store.put(setOf(tenant, "qs-1"));
      const read = (await store.get(tenant, "qs-1"))!;
      await store.put(setOf(tenant, "qs-1", "First edit"), read.etag);
      await expect(store.put(setOf(tenant, "qs-1", "Second edit"), read.etag)).rejects.toBeInstanceOf(
        ConcurrentChangeError,
      );
      await expect(store.put(setOf(tenant, "qs-1"))).rejects.toBeInstanceOf(ConcurrentChangeError);
      expect((await store.get(tenant, "qs-1"))?.value.set.name.en).toBe("First edit");
    });

    it("a delete with a stale ETag is refused; with the current one the set is gone", async () => {
      fresh();
      await store.put(setOf(tenant, "qs-1"));
      const read = (await store.get(tenant, "qs-1"))!;
      await store.put(setOf(tenant, "qs-1", "Edited"), read.etag);
      await expect(store.delete(tenant, "qs-1", read.etag)).rejects.toBeInstanceOf(ConcurrentChangeError);
      await store.delete(tenant, "qs-1", (await store.get(tenant, "qs-1"))!.etag);
      expect(await store.get(tenant, "qs-1")).toBeUndefined();
    });

    it("choices per school and class are kept apart from the sets and can be cleared", async () => {
      fresh();
      await store.put(setOf(tenant, "qs-1"));
      await store.choose(tenant, undefined, "fortnightly-5");
      await store.choose(tenant, "class/1", "qs-1");
      expect(await store.choices(tenant)).toEqual({ schoolDefault: "fortnightly-5", classes: { "class/1": "qs-1" } });
      expect((await store.list(tenant)).length).toBe(1);
      await store.choose(tenant, "class/1", undefined);
      await store.choose(tenant, undefined, undefined);
      expect(await store.choices(tenant)).toEqual({ classes: {} });
    });
  });
}

contract("memory", () => new MemoryQuestionSetStore());
let tableStore: QuestionSetStore;
beforeAll(async () => {
  tableStore = (await createTableStores(inject("storageConnectionString"))).questionSets;
});
contract("Azure Tables", () => tableStore);
