export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  next(): string;
}

/** A durable FIFO of JSON jobs (Azure Storage queues in production and locally via Azurite). */
export interface WorkQueue<T> {
  enqueue(job: T): Promise<void>;
  /** Receives up to `max` jobs, each hidden for `visibilityMs`; the handler must call `complete`. */
  receive(max: number, visibilityMs: number): Promise<Array<QueuedJob<T>>>;
}

export interface QueuedJob<T> {
  job: T;
  dequeueCount: number;
  complete(): Promise<void>;
}
