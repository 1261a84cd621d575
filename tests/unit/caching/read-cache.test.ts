import { describe, expect, it } from "vitest";
import { ReadCache } from "../../../src/adapters/caching/read-cache.js";

/** A read that answers when told to, and counts how often it was asked. */
function controlledRead<V>() {
  const pending: Array<(value: V | undefined) => void> = [];
  const read = { calls: 0, load: () => ((read.calls += 1), new Promise<V | undefined>((r) => pending.push(r))) };
  return { read, answer: (value: V | undefined) => pending.shift()?.(value) };
}

describe("ReadCache", () => {
  it("fifty readers of a key that is not cached yet share one read", async () => {
    const cache = new ReadCache<string>(30_000, 100, false);
    const { read, answer } = controlledRead<string>();
    const readers = Array.from({ length: 50 }, () => cache.get("round", read.load));
    answer("open");
    expect(await Promise.all(readers)).toEqual(Array.from({ length: 50 }, () => "open"));
    expect(read.calls).toBe(1);
  });

  it("serves a value until its time is up, then reads again", async () => {
    let now = 0;
    const cache = new ReadCache<string>(30_000, 100, false, () => now);
    let calls = 0;
    const load = async () => `v${++calls}`;
    expect(await cache.get("k", load)).toBe("v1");
    now = 29_999;
    expect(await cache.get("k", load)).toBe("v1");
    now = 30_000;
    expect(await cache.get("k", load)).toBe("v2");
  });

  it("a write in this process makes the next read fresh", async () => {
    const cache = new ReadCache<string>(30_000, 100, false);
    let value = "open";
    await cache.get("k", async () => value);
    value = "closed";
    cache.invalidate("k");
    expect(await cache.get("k", async () => value)).toBe("closed");
  });

  it("a read that started before a write does not keep its older value", async () => {
    const cache = new ReadCache<string>(30_000, 100, false);
    const { read, answer } = controlledRead<string>();
    const early = cache.get("k", read.load);
    cache.invalidate("k"); // the write lands while the early read is still on its way
    answer("open");
    expect(await early).toBe("open");
    expect(await cache.get("k", async () => "closed")).toBe("closed");
  });

  it("a failed read is not kept: the next reader asks storage again", async () => {
    const cache = new ReadCache<string>(30_000, 100, false);
    await expect(cache.get("k", () => Promise.reject(new Error("storage down")))).rejects.toThrow("storage down");
    expect(await cache.get("k", async () => "back")).toBe("back");
  });

  it("remembers that a row is absent only when told to", async () => {
    const keeping = new ReadCache<string>(30_000, 100, true);
    const asking = new ReadCache<string>(30_000, 100, false);
    for (const cache of [keeping, asking]) await cache.get("k", async () => undefined);
    expect(await keeping.get("k", async () => "created")).toBeUndefined();
    expect(await asking.get("k", async () => "created")).toBe("created");
  });

  it("holds at most maxEntries rows, dropping the oldest", async () => {
    const cache = new ReadCache<string>(30_000, 2, false);
    for (const k of ["a", "b", "c"]) await cache.get(k, async () => `${k}1`);
    expect(await cache.get("a", async () => "a2")).toBe("a2");
    expect(await cache.get("c", async () => "c2")).toBe("c1");
  });
});
