import { describe, expect, it } from "vitest";
import { PartitionSnapshots } from "../../../src/adapters/caching/partition-snapshots.js";

/** A partition of rows in a Map, counting the queries and point reads the snapshots send. */
function fakePartition(rows: Record<string, string>) {
  const calls = { partition: 0, row: 0 };
  return {
    calls,
    rows,
    loadPartition: async () => {
      calls.partition++;
      return Object.entries(rows);
    },
    loadRow: (row: string) => async () => {
      calls.row++;
      return rows[row];
    },
  };
}

describe("partition snapshots", () => {
  it("answers every row of a partition from one query within the TTL", async () => {
    const snapshots = new PartitionSnapshots<string>(30_000, 100, true);
    const store = fakePartition({ a: "A1", b: "B1" });
    const read = (row: string) => snapshots.get("class-1", row, store.loadPartition, store.loadRow(row));
    expect(await Promise.all([read("a"), read("b"), read("a"), read("missing")])).toEqual([
      "A1",
      "B1",
      "A1",
      undefined,
    ]);
    expect(store.calls).toEqual({ partition: 1, row: 0 });
  });

  it("reads a row this process wrote from storage, not from the older snapshot", async () => {
    const snapshots = new PartitionSnapshots<string>(30_000, 100, true);
    const store = fakePartition({ a: "A1" });
    await snapshots.get("class-1", "a", store.loadPartition, store.loadRow("a"));
    snapshots.forgetRow("class-1", "a");
    store.rows.a = "A2";
    expect(await snapshots.get("class-1", "a", store.loadPartition, store.loadRow("a"))).toBe("A2");
    expect(store.calls).toEqual({ partition: 1, row: 1 });
  });

  it("asks storage for a row the snapshot lacks unless absence is trusted", async () => {
    const snapshots = new PartitionSnapshots<string>(30_000, 100, false);
    const store = fakePartition({ a: "A1" });
    await snapshots.get("class-1", "a", store.loadPartition, store.loadRow("a"));
    store.rows.late = "L1";
    expect(await snapshots.get("class-1", "late", store.loadPartition, store.loadRow("late"))).toBe("L1");
    expect(store.calls).toEqual({ partition: 1, row: 1 });
  });

  it("queries again after the TTL, after forgetting the partition, and after clear", async () => {
    let now = 0;
    const snapshots = new PartitionSnapshots<string>(30_000, 100, true, () => now);
    const store = fakePartition({ a: "A1" });
    const read = () => snapshots.get("class-1", "a", store.loadPartition, store.loadRow("a"));
    await read();
    now = 30_000;
    store.rows.a = "A2";
    expect(await read()).toBe("A2");
    snapshots.forgetPartition("class-1");
    store.rows.a = "A3";
    expect(await read()).toBe("A3");
    snapshots.clear();
    store.rows.a = "A4";
    expect(await read()).toBe("A4");
    expect(store.calls).toEqual({ partition: 4, row: 0 });
  });
});
