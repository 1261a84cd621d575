import type { QueueClient } from "@azure/storage-queue";
import type { Logger } from "../../observability/logger.js";
import type { QueuedJob, WorkQueue } from "../../ports/runtime.js";

/** DESIGN §4: "a message dequeued 5 times goes to a poison queue and is reported". */
export const MAX_DEQUEUES = 5;

/** Azure Storage queues return at most 32 messages per receive (Get Messages REST API, `numofmessages`). */
const MAX_RECEIVE = 32;

/** Visibility timeouts are whole seconds, at least 1 (Get Messages REST API, `visibilitytimeout`). */
function visibilitySeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/**
 * A WorkQueue on an Azure Storage queue. Jobs travel as base64 JSON (the SDKs' common encoding, readable in Storage
 * Explorer); a message is at most 64 KiB, which jobs of a few ids never approach. A message received more than
 * MAX_DEQUEUES times, or one that is not valid JSON, moves to the poison queue and is logged by id only.
 */
export class StorageWorkQueue<T> implements WorkQueue<T> {
  constructor(
    private readonly queue: QueueClient,
    private readonly poison: QueueClient,
    private readonly logger: Logger,
  ) {}

  async enqueue(job: T): Promise<void> {
    await this.queue.sendMessage(Buffer.from(JSON.stringify(job), "utf8").toString("base64"));
  }

  async receive(max: number, visibilityMs: number): Promise<Array<QueuedJob<T>>> {
    const response = await this.queue.receiveMessages({
      numberOfMessages: Math.min(Math.max(1, max), MAX_RECEIVE),
      visibilityTimeout: visibilitySeconds(visibilityMs),
    });
    const jobs: Array<QueuedJob<T>> = [];
    for (const message of response.receivedMessageItems) {
      const job = decode<T>(message.messageText);
      if (message.dequeueCount > MAX_DEQUEUES || job === undefined) {
        await this.moveToPoison(message.messageId, message.popReceipt, message.messageText, message.dequeueCount);
        continue;
      }
      jobs.push({
        job,
        dequeueCount: message.dequeueCount,
        complete: () => this.delete(message.messageId, message.popReceipt),
      });
    }
    return jobs;
  }

  private async moveToPoison(id: string, popReceipt: string, text: string, dequeueCount: number): Promise<void> {
    // Copy first, then delete: a crash in between leaves a duplicate in the poison queue, never a lost job.
    await this.poison.sendMessage(text);
    await this.delete(id, popReceipt);
    this.logger.warn({ queue: this.queue.name, messageId: id, dequeueCount }, "job moved to poison queue");
  }

  private async delete(id: string, popReceipt: string): Promise<void> {
    try {
      await this.queue.deleteMessage(id, popReceipt);
    } catch (error) {
      // 404: already deleted; 400 PopReceiptMismatch: it became visible again and another worker holds it now.
      // Either way the job was handled here and handlers are idempotent by key (notifications.ts).
      const status = (error as { statusCode?: number }).statusCode;
      if (status !== 404 && status !== 400) throw error;
    }
  }
}

function decode<T>(text: string): T | undefined {
  try {
    return JSON.parse(Buffer.from(text, "base64").toString("utf8")) as T;
  } catch {
    return undefined;
  }
}
