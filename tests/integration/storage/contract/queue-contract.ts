import { describe, expect, it } from "vitest";
import type { WorkQueue } from "../../../../src/ports/runtime.js";

export interface TestJob {
  kind: "test";
  key: string;
}

export interface QueueUnderTest {
  queue: WorkQueue<TestJob>;
  /** Jobs in the poison queue. */
  poisoned(): Promise<TestJob[]>;
}

/** Smallest visibility timeout an Azure Storage queue accepts: 1 second (Get Messages REST API). */
export const VISIBILITY_MS = 1_000;

/**
 * Behaviour every WorkQueue must show. `makeQueue` gives a fresh empty queue; `letVisibilityPass` waits (or moves a
 * fake clock) until jobs received with VISIBILITY_MS are visible again.
 */
export function queueContract(makeQueue: () => Promise<QueueUnderTest>, letVisibilityPass: () => Promise<void>): void {
  // Concurrent: each test has its own queue, and the storage version waits on real visibility timeouts.
  describe.concurrent("work queue", () => {
    it("a job is received once while hidden, with its dequeue count, and is gone once completed", async () => {
      const { queue } = await makeQueue();
      await queue.enqueue({ kind: "test", key: "k1" });
      const [received] = await queue.receive(10, 30_000);
      expect(received?.job).toEqual({ kind: "test", key: "k1" });
      expect(received?.dequeueCount).toBe(1);
      expect(await queue.receive(10, 30_000)).toEqual([]);
      await received!.complete();
      await received!.complete(); // completing twice is harmless
      expect(await queue.receive(10, 30_000)).toEqual([]);
    });

    it("a job not completed comes back after its visibility timeout with a higher dequeue count", async () => {
      const { queue } = await makeQueue();
      await queue.enqueue({ kind: "test", key: "k1" });
      await queue.receive(1, VISIBILITY_MS);
      await letVisibilityPass();
      const [again] = await queue.receive(1, VISIBILITY_MS);
      expect(again?.dequeueCount).toBe(2);
    });

    it("receive returns at most the number of jobs asked for", async () => {
      const { queue } = await makeQueue();
      for (const key of ["a", "b", "c"]) await queue.enqueue({ kind: "test", key });
      expect(await queue.receive(2, 30_000)).toHaveLength(2);
      expect(await queue.receive(5, 30_000)).toHaveLength(1);
    });

    it("a job dequeued 5 times goes to the poison queue instead of a sixth delivery", async () => {
      const { queue, poisoned } = await makeQueue();
      await queue.enqueue({ kind: "test", key: "always-fails" });
      const counts: number[] = [];
      for (let i = 0; i < 6; i++) {
        const jobs = await queue.receive(1, VISIBILITY_MS);
        counts.push(...jobs.map((j) => j.dequeueCount));
        await letVisibilityPass();
      }
      expect(counts).toEqual([1, 2, 3, 4, 5]);
      expect(await poisoned()).toEqual([{ kind: "test", key: "always-fails" }]);
      expect(await queue.receive(1, VISIBILITY_MS)).toEqual([]);
    }, 20_000);
  });
}
