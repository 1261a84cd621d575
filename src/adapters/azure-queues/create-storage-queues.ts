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

export function queueService(connection: string): QueueServiceClient {
  const parsed = parseStorageConnection(connection);
  return parsed.kind === "accountUrl"
    ? new QueueServiceClient(parsed.queueUrl, parsed.credential)
    : QueueServiceClient.fromConnectionString(parsed.connectionString);
}
