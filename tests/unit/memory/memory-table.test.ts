import { describe, expect, it } from "vitest";
import { createMemoryStores } from "../../../src/adapters/memory/create-memory-stores.js";
import { flag, newTenant } from "../../integration/storage/contract/fixtures.js";

describe("in-memory stores keep their own copies", () => {
  it("changing a value after saving or reading it does not change what the store holds", async () => {
    const stores = createMemoryStores();
    const tenant = newTenant();
    const saved = flag(tenant, "s1");
    await stores.flags.put(saved, undefined);
    saved.reasons.push({ kind: "silence", roundId: "r2", at: saved.createdAt });
    const read = await stores.flags.get(tenant, "s1", "flag-1");
    read!.value.status = "dismissed";
    const again = await stores.flags.get(tenant, "s1", "flag-1");
    expect(again?.value.reasons).toHaveLength(1);
    expect(again?.value.status).toBe("open");
  });

  it("every write gives the row a new ETag", async () => {
    const stores = createMemoryStores();
    const tenant = newTenant();
    await stores.flags.put(flag(tenant, "s1"), undefined);
    const first = await stores.flags.get(tenant, "s1", "flag-1");
    await stores.flags.put(first!.value, first!.etag);
    const second = await stores.flags.get(tenant, "s1", "flag-1");
    expect(second?.etag).not.toBe(first?.etag);
  });
});
