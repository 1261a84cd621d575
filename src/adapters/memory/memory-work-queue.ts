import type { QueuedJob, WorkQueue } from "../../ports/runtime.js";

/** Same rule as the storage queue (DESIGN §4): the sixth dequeue moves a job to the poison list instead. */
export const MEMORY_MAX_DEQUEUES = 5;

interface Message<T> {
  id: number;
  job: T;
  dequeueCount: number;
  visibleAt: number;
}

/**
 * An in-memory WorkQueue with the storage queue's semantics: received jobs are hidden for the visibility timeout
 * and come back unless completed; a job dequeued more than MEMORY_MAX_DEQUEUES times moves to `poisoned`.
 */
export class MemoryWorkQueue<T> implements WorkQueue<T> {
  private readonly messages: Array<Message<T>> = [];
  private readonly poison: T[] = [];
  private nextId = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async enqueue(job: T): Promise<void> {
    this.messages.push({ id: ++this.nextId, job: structuredClone(job), dequeueCount: 0, visibleAt: 0 });
  }

  async receive(max: number, visibilityMs: number): Promise<Array<QueuedJob<T>>> {
    const now = this.now();
    const jobs: Array<QueuedJob<T>> = [];
    for (const message of [...this.messages]) {
      if (jobs.length >= max) break;
      if (message.visibleAt > now) continue;
      message.dequeueCount += 1;
      message.visibleAt = now + visibilityMs;
      if (message.dequeueCount > MEMORY_MAX_DEQUEUES) {
        this.remove(message.id);
        this.poison.push(message.job);
        continue;
      }
      jobs.push({
        job: structuredClone(message.job),
        dequeueCount: message.dequeueCount,
        complete: async () => this.remove(message.id),
      });
    }
    return jobs;
  }

  /** Jobs moved to the poison queue, oldest first (for tests). */
  poisoned(): T[] {
    return structuredClone(this.poison);
  }

  /** Jobs still queued, visible or not (for tests). */
  pending(): T[] {
    return this.messages.map((m) => structuredClone(m.job));
  }

  private remove(id: number): void {
    const index = this.messages.findIndex((m) => m.id === id);
    if (index >= 0) this.messages.splice(index, 1);
  }
}
