import { describe } from "vitest";
import { MemoryWorkQueue } from "../../../src/adapters/memory/memory-work-queue.js";
import { queueContract, VISIBILITY_MS, type TestJob } from "../../integration/storage/contract/queue-contract.js";

describe("in-memory work queue", () => {
  let now = 0;
  queueContract(
    async () => {
      const queue = new MemoryWorkQueue<TestJob>(() => now);
      return { queue, poisoned: async () => queue.poisoned() };
    },
    async () => {
      now += VISIBILITY_MS + 1;
    },
  );
});
