import { QueueServiceClient } from "@azure/storage-queue";
import { createLogger, type Logger } from "../../observability/logger.js";
import type { NotificationJob } from "../../ports/notifications.js";
import type { Queues } from "../../ports/stores.js";
import type { SurveySendJob } from "../../ports/survey-sends.js";
import { parseStorageConnection } from "../azure-tables/storage-connection.js";
import { QUEUES } from "../azure-tables/table-names.js";
import { StorageWorkQueue } from "./storage-work-queue.js";

export interface QueueOptions {
  /** Where poison moves are reported; a warn-level logger when omitted. */
  logger?: Logger;
}

/** Connects to the account's queues, creating every queue in QUEUES if missing (idempotent). */
export async function createStorageQueues(connection: string, options: QueueOptions = {}): Promise<Queues> {
  const service = queueService(connection);
  await Promise.all(Object.values(QUEUES).map((name) => service.getQueueClient(name).createIfNotExists()));
  const logger = options.logger ?? createLogger("warn");
  return {
    notifications: new StorageWorkQueue<NotificationJob>(
      service.getQueueClient(QUEUES.notifications),
      service.getQueueClient(QUEUES.notificationsPoison),
      logger,
    ),
    surveySends: new StorageWorkQueue<SurveySendJob>(
      service.getQueueClient(QUEUES.surveySends),
      service.getQueueClient(QUEUES.surveySendsPoison),
      logger,
    ),
  };
}

/**
 * Bounded retries, like the table clients: the SDK default (4 tries from 4 s, 30 s per try) could hold a student's
 * invoke far past Teams' 15 s limit when queueing a help-request alert while the queue service hangs. A failed
 * enqueue surfaces as an error the caller turns into "try again"; the queue's own redelivery covers workers.
 */
const BOUNDED_RETRIES = {
  retryOptions: { maxTries: 3, retryDelayInMs: 250, maxRetryDelayInMs: 1_000, tryTimeoutInMs: 4_000 },
};

export function queueService(connection: string): QueueServiceClient {
  const parsed = parseStorageConnection(connection);
  return parsed.kind === "accountUrl"
    ? new QueueServiceClient(parsed.queueUrl, parsed.credential, BOUNDED_RETRIES)
    : QueueServiceClient.fromConnectionString(parsed.connectionString, BOUNDED_RETRIES);
}
