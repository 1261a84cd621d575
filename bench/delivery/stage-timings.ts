import type { QueuedJob, WorkQueue } from "../../src/ports/runtime.js";
import type { Queues, Stores } from "../../src/ports/stores.js";

/** Calls, total and slowest duration of one storage or queue operation, as the worker saw them. */
interface Stage {
  calls: number;
  failures: number;
  totalMs: number;
  maxMs: number;
}

/**
 * Per-stage counters for the delivery benchmark: every store method and queue call the worker makes is timed, so a
 * slow end-to-end rate can be traced to the stage that takes the time (storage latency, receive batches, deletes).
 */
export class StageTimings {
  private readonly stages = new Map<string, Stage>();

  /** Times `work` under `name`. */
  async time<T>(name: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    let failed = false;
    try {
      return await work();
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      const ms = performance.now() - started;
      const stage = this.stages.get(name) ?? { calls: 0, failures: 0, totalMs: 0, maxMs: 0 };
      stage.calls++;
      if (failed) stage.failures++;
      stage.totalMs += ms;
      stage.maxMs = Math.max(stage.maxMs, ms);
      this.stages.set(name, stage);
    }
  }

  /** Stores whose every method call is timed as `<store>.<method>`. */
  stores(stores: Stores): Stores {
    const wrapped: Record<string, unknown> = {};
    for (const [name, store] of Object.entries(stores)) wrapped[name] = store && this.object(name, store as object);
    return wrapped as unknown as Stores;
  }

  /** Queues whose receive, enqueue and complete calls are timed; receive also counts the jobs per batch. */
  queues(queues: Queues): Queues {
    return { notifications: queues.notifications, surveySends: this.queue("queue", queues.surveySends) };
  }

  /** One line per stage: calls, failures, mean and max ms. */
  report(): string[] {
    return [...this.stages.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([name, s]) =>
          `${name.padEnd(28)} ${String(s.calls).padStart(7)} calls ${String(s.failures).padStart(5)} failed  mean ${(s.totalMs / s.calls).toFixed(1).padStart(7)} ms  max ${s.maxMs.toFixed(0).padStart(6)} ms`,
      );
  }

  private object<T extends object>(prefix: string, target: T): T {
    return new Proxy(target, {
      get: (obj, key, receiver) => {
        const value = Reflect.get(obj, key, receiver) as unknown;
        if (typeof value !== "function" || typeof key !== "string") return value;
        return (...args: unknown[]) => this.time(`${prefix}.${key}`, () => value.apply(obj, args) as Promise<unknown>);
      },
    });
  }

  private queue<T>(prefix: string, queue: WorkQueue<T>): WorkQueue<T> {
    return {
      enqueue: (job) => this.time(`${prefix}.enqueue`, () => queue.enqueue(job)),
      receive: async (max, visibilityMs) => {
        const jobs = await this.time(`${prefix}.receive`, () => queue.receive(max, visibilityMs));
        const batch = this.stages.get(`${prefix}.received jobs`) ?? { calls: 0, failures: 0, totalMs: 0, maxMs: 0 };
        batch.calls += jobs.length;
        this.stages.set(`${prefix}.received jobs`, batch);
        return jobs.map((queued): QueuedJob<T> => ({
          ...queued,
          complete: () => this.time(`${prefix}.complete`, () => queued.complete()),
        }));
      },
    };
  }
}
