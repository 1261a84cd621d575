import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { Request, Response } from "restify";
import { StorageWorkQueue } from "../../src/adapters/azure-queues/storage-work-queue.js";
import { queueService } from "../../src/adapters/azure-queues/create-storage-queues.js";
import { createTableStores, pingStorage } from "../../src/adapters/azure-tables/create-table-stores.js";
import { loadConfig, type Config } from "../../src/config/config.js";
import { createBotEndpoint } from "../../src/adapters/bot-framework/create-bot-endpoint.js";
import { createHttpServer } from "../../src/http/server.js";
import type { OpenCheckInInput } from "../../src/use-cases/open-check-in.js";
import { createLogger } from "../../src/observability/logger.js";
import type { NotificationJob } from "../../src/ports/notifications.js";
import type { Clock } from "../../src/ports/runtime.js";
import type { SurveySendJob } from "../../src/ports/survey-sends.js";
import type { Queues, Stores } from "../../src/ports/stores.js";

export interface ApiApp {
  url: string;
  config: Config;
  stores: Stores;
  queues: Queues;
  /** Takes every notification job enqueued so far (this app's own queue, so no other test sees them). */
  drainNotifications(): Promise<NotificationJob[]>;
  stop(): Promise<void>;
}

export interface ApiAppOptions {
  storageConnectionString: string;
  /** Extra environment, e.g. ALLOWED_TENANTS, AAD_APP_CLIENT_ID, TEST_ENTRA_OPENID_URL. */
  env?: Record<string, string>;
  clock?: Clock;
  isReady?: () => Promise<boolean>;
  tabDir?: string;
  /**
   * Wires the real bot endpoint (botbuilder, auth off in local mode) for POST /api/messages and the class
   * view's check-in; its sends go to whatever serviceUrl the stored class or activity names.
   */
  withBot?: boolean;
  /** Adjusts the loaded config, e.g. to see how the server behaves in production mode. */
  adjustConfig?: (config: Config) => Config;
}

/**
 * Starts the HTTP server alone (no bot, no workers) on 127.0.0.1:0 over the test Azurite, with a notification
 * queue of its own so tests can read exactly the jobs their requests enqueued.
 */
export async function startApiApp(options: ApiAppOptions): Promise<ApiApp> {
  const connection = options.storageConnectionString;
  const loaded = loadConfig({
    NODE_ENV: "test",
    PORT: "0",
    LOG_LEVEL: "silent",
    STORAGE_CONNECTION_STRING: connection,
    DEMO_DATA: "false",
    DISABLE_WORKERS: "true",
    ...options.env,
  });
  const config = options.adjustConfig ? options.adjustConfig(loaded) : loaded;
  const stores = await createTableStores(connection);
  const service = queueService(connection);
  const name = `notify-test-${randomUUID().slice(0, 8)}`;
  const queue = service.getQueueClient(name);
  const poison = service.getQueueClient(`${name}-poison`);
  await Promise.all([queue.createIfNotExists(), poison.createIfNotExists()]);
  const logger = createLogger("silent");
  const sends = service.getQueueClient(`${name}-sends`);
  const sendsPoison = service.getQueueClient(`${name}-sends-poison`);
  await Promise.all([sends.createIfNotExists(), sendsPoison.createIfNotExists()]);
  const queues: Queues = {
    notifications: new StorageWorkQueue<NotificationJob>(queue, poison, logger),
    surveySends: new StorageWorkQueue<SurveySendJob>(sends, sendsPoison, logger),
  };
  const clock = options.clock ?? { now: () => new Date() };
  const bot = options.withBot
    ? createBotEndpoint({ config, stores, queues, clock, logger, owners: { ownerIds: async () => new Set<string>() } })
    : undefined;
  const server = createHttpServer({
    config,
    stores,
    queues,
    clock,
    logger,
    botHandler: bot
      ? (req: Request, res: Response) => bot.handle(req, res)
      : async (_req: Request, res: Response) => {
          res.send(200);
        },
    ...(bot ? { checkIn: (input: OpenCheckInInput) => bot.openCheckIn(input) } : {}),
    isReady: options.isReady ?? (() => pingStorage(connection)),
    ...(options.tabDir ? { tabDir: options.tabDir } : {}),
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    config,
    stores,
    queues,
    async drainNotifications() {
      const jobs: NotificationJob[] = [];
      for (;;) {
        const batch = await queues.notifications.receive(32, 30_000);
        if (batch.length === 0) return jobs;
        for (const item of batch) {
          jobs.push(item.job);
          await item.complete();
        }
      }
    },
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([queue.deleteIfExists(), poison.deleteIfExists()]);
    },
  };
}
