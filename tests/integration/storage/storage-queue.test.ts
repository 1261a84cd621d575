import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { describe, expect, inject, it } from "vitest";
import { createQueues } from "../../../src/adapters/azure-tables/create-table-stores.js";
import { queueService } from "../../../src/adapters/azure-queues/create-storage-queues.js";
import { StorageWorkQueue } from "../../../src/adapters/azure-queues/storage-work-queue.js";
import { QUEUES } from "../../../src/adapters/azure-tables/table-names.js";
import { createLogger } from "../../../src/observability/logger.js";
import { queueContract, VISIBILITY_MS, type TestJob } from "./contract/queue-contract.js";

const connection = () => inject("storageConnectionString");

/** Each test gets its own pair of queues, so parallel test files sharing Azurite never take each other's jobs. */
async function freshQueue(logLines: string[] = []) {
  const service = queueService(connection());
  const name = `test-${randomUUID().slice(0, 8)}`;
  const [main, poison] = [service.getQueueClient(name), service.getQueueClient(`${name}-poison`)];
  await Promise.all([main.createIfNotExists(), poison.createIfNotExists()]);
  const sink = new Writable({ write: (chunk, _enc, done) => (logLines.push(String(chunk)), done()) });
  const queue = new StorageWorkQueue<TestJob>(main, poison, createLogger("info", sink));
  const poisoned = async () => {
    const peeked = await poison.peekMessages({ numberOfMessages: 32 });
    return peeked.peekedMessageItems.map((m) => JSON.parse(Buffer.from(m.messageText, "base64").toString()) as TestJob);
  };
  return { queue, poisoned, main, poison };
}

describe("Azure Storage work queue (Azurite)", () => {
  queueContract(freshQueue, () => new Promise((resolve) => setTimeout(resolve, VISIBILITY_MS + 100)));

  it("creating the queues twice is harmless and creates every queue the app uses", async () => {
    await createQueues(connection());
    const queues = await createQueues(connection());
    expect(queues.notifications).toBeDefined();
    const names: string[] = [];
    for await (const queue of queueService(connection()).listQueues()) names.push(queue.name);
    expect(names).toEqual(expect.arrayContaining(Object.values(QUEUES)));
  });

  it("a message that is not a JSON job goes straight to the poison queue, logged by id only", async () => {
    const lines: string[] = [];
    const { queue, main, poison } = await freshQueue(lines);
    const sent = await main.sendMessage("not base64 json: Freja's note");
    expect(await queue.receive(5, VISIBILITY_MS)).toEqual([]);
    const peeked = await poison.peekMessages();
    expect(peeked.peekedMessageItems.map((m) => m.messageText)).toEqual(["not base64 json: Freja's note"]);
    expect(lines.join("")).toContain(sent.messageId);
    expect(lines.join("")).not.toContain("Freja");
  });
});
