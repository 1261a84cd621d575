import type { QueuedJob, WorkQueue } from "../ports/runtime.js";
import { sleep } from "./token-bucket.js";

export interface WorkerLoopOptions<T> {
  queue: WorkQueue<T>;
  visibilityMs: number;
  maxInFlight: number;
  /** Jobs with the same key never run at once in this process (a duplicate waits for its next appearance). */
  keyOf(job: T): string;
  handle(job: QueuedJob<T>, isStopped: () => boolean): Promise<void>;
  /** While false, nothing is received (e.g. another instance holds the sender lease); polled at the idle pace. */
  mayReceive?(): boolean;
  onQueueError(error: unknown): void;
}

/** Azure Storage queues hand out at most 32 messages per receive (Get Messages REST API, `numofmessages`). */
const MAX_RECEIVE = 32;
/** Idle polls start quick and back off to this; each poll is one cheap queue request. */
const IDLE_POLL_MIN_MS = 100;
const IDLE_POLL_MAX_MS = 2_000;
/** While storage is unreachable, wait up to this between tries (Azurite restarts in well under a second). */
const ERROR_BACKOFF_MAX_MS = 5_000;

/**
 * Receives jobs and runs up to `maxInFlight` at a time, receiving more as slots free up. A job is completed only by
 * its handler; anything not completed reappears after the visibility timeout, so a crash loses nothing.
 */
export class WorkerLoop<T> {
  private stopped = false;
  private readonly running = new Map<string, Promise<void>>();
  private wake: (() => void) | undefined;
  private done: Promise<void> = Promise.resolve();

  constructor(private readonly options: WorkerLoopOptions<T>) {}

  start(): void {
    this.done = this.run();
  }

  /** Takes no new job, lets the ones in hand finish or step back, then resolves. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.done;
    await Promise.allSettled([...this.running.values()]);
  }

  private async run(): Promise<void> {
    let idle = IDLE_POLL_MIN_MS;
    let errors = 0;
    while (!this.stopped) {
      const free = this.options.maxInFlight - this.running.size;
      // Wait for room for a whole batch: a receive per freed slot would cost one queue request per job, and on
      // Azurite each receive sorts every visible message of the queue (LokiQueueMetadataStore.getMessages).
      if (free < Math.min(MAX_RECEIVE, this.options.maxInFlight)) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        continue;
      }
      if (this.options.mayReceive && !this.options.mayReceive()) {
        await this.pause(IDLE_POLL_MAX_MS);
        continue;
      }
      let jobs: Array<QueuedJob<T>>;
      try {
        jobs = await this.options.queue.receive(Math.min(MAX_RECEIVE, free), this.options.visibilityMs);
        errors = 0;
      } catch (error) {
        this.options.onQueueError(error);
        await this.pause(Math.min(ERROR_BACKOFF_MAX_MS, 250 * 2 ** errors++));
        continue;
      }
      for (const queued of jobs) this.launch(queued);
      if (jobs.length > 0) idle = IDLE_POLL_MIN_MS;
      else {
        await this.pause(idle);
        idle = Math.min(idle * 2, IDLE_POLL_MAX_MS);
      }
    }
  }

  private launch(queued: QueuedJob<T>): void {
    const key = this.options.keyOf(queued.job);
    if (this.running.has(key)) return; // a duplicate of a job in hand: it reappears later and finds the row done
    const task = this.options
      .handle(queued, () => this.stopped)
      .catch(() => undefined) // a handler's failure leaves the job to reappear; it has logged what it knows
      .finally(() => {
        this.running.delete(key);
        this.wake?.();
      });
    this.running.set(key, task);
  }

  /** Sleeps, but wakes early when stopped or when a slot frees up. */
  private async pause(ms: number): Promise<void> {
    await Promise.race([sleep(ms), new Promise<void>((resolve) => (this.wake = resolve))]);
    this.wake = undefined;
  }
}
