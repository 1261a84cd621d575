import { pathToFileURL } from "node:url";
import { createBotEndpoint } from "./adapters/bot-framework/create-bot-endpoint.js";
import { createQueues, createTableStores, pingStorage } from "./adapters/azure-tables/create-table-stores.js";
import { startEmbeddedAzurite, type EmbeddedAzurite } from "./adapters/azurite/embedded-azurite.js";
import { GraphTeamOwnerDirectory } from "./adapters/graph/graph-team-owner-directory.js";
import { loadConfig, type Config } from "./config/config.js";
import { startNotificationWorker } from "./dispatch/notification-worker.js";
import { startDelivery } from "./dispatch/start-delivery.js";
import { createBlobLeaderLease } from "./adapters/azure-blob/blob-leader-lease.js";
import { withReadCaches } from "./adapters/caching/caching-stores.js";
import { createHttpServer } from "./http/server.js";
import { createLogger, type Logger } from "./observability/logger.js";
import type { Clock } from "./ports/runtime.js";
import type { Queues, Stores } from "./ports/stores.js";
import { seedDemoSchool, type DemoSummary } from "./use-cases/seed-demo-school.js";
import { printLocalWelcome } from "./local/print-local-welcome.js";

/** A running Trivsel: what tests and the CLI need to reach and stop it. */
export interface RunningApp {
  url: string;
  port: number;
  config: Config;
  stores: Stores;
  queues: Queues;
  demo: DemoSummary | undefined;
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  clock?: Clock;
  /** Queue daily digests on the scheduler's tick (default true). Tests that count cards at chosen times turn it off. */
  digests?: boolean;
  /**
   * The sender lease's blob (default "sender": one per storage account, i.e. per deployment). Test apps sharing one
   * Azurite each take their own, as separate deployments would.
   */
  senderLeaseName?: string;
}

const systemClock: Clock = { now: () => new Date() };

/**
 * How long the survey verbs trust a cached round, class or school settings row (src/adapters/caching). Safe because:
 * a round's closesAt never changes and every answer checks it against the clock, and the scheduler closes a round
 * only after its closesAt, so a cached round can never take an answer after it closed (a close in this process also
 * forgets the row at once); a class row only gives the display time zone; a threshold change reaches flag
 * evaluation within this time (at once in the process that saved it). Roster rows, erasure tombstones, answers and
 * student state are never cached. 30 s: about one class's burst of answers after a survey arrives.
 */
const READ_CACHE_TTL_MS = 30_000;
/** Far above the rounds, classes and schools one instance serves within READ_CACHE_TTL_MS; bounds memory. */
const READ_CACHE_MAX_ENTRIES = 10_000;

/** The composition root (DESIGN §2): the only place that constructs adapters and wires them to use cases. */
export async function startTrivsel(config: Config, options: StartOptions = {}): Promise<RunningApp> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  let azurite: EmbeddedAzurite | undefined;
  let connection: string;
  if (config.storage.kind === "embedded") {
    azurite = await startEmbeddedAzurite({ location: config.storage.location });
    connection = azurite.connectionString;
  } else if (config.storage.kind === "connectionString") {
    connection = config.storage.connectionString;
  } else {
    connection = config.storage.accountUrl;
  }

  const { stores, surveyStores } = withReadCaches(await createTableStores(connection), {
    ttlMs: READ_CACHE_TTL_MS,
    maxEntries: READ_CACHE_MAX_ENTRIES,
  });
  const queues = await createQueues(connection, { logger });
  const demo = config.demo.enabled
    ? await seedDemoSchool(stores, { tenantId: config.demo.tenantId, now: clock.now() })
    : undefined;

  const owners = new GraphTeamOwnerDirectory(config.graphBaseUrl, stores);
  const bot = createBotEndpoint({ config, stores, surveyStores, queues, clock, logger, owners });
  const server = createHttpServer({
    config,
    stores,
    queues,
    clock,
    logger,
    botHandler: bot.handle,
    checkIn: (input) => bot.openCheckIn(input),
    isReady: () => pingStorage(connection),
  });
  const delivery = config.workersEnabled
    ? startDelivery({
        ...{ config, stores, queues, clock, logger, sender: bot.sender },
        lease: await createBlobLeaderLease(connection, "scheduler"),
        // DESIGN §5: instances share one token bucket; only the "sender" lease holder sends (send-lease.ts).
        sendLease: await createBlobLeaderLease(connection, options.senderLeaseName ?? "sender"),
        tenantIds: [...new Set([...config.allowedTenants, ...(demo ? [config.demo.tenantId] : [])])],
        digests: options.digests !== false,
      })
    : undefined;
  const worker = delivery
    ? startNotificationWorker({
        config,
        stores,
        queues,
        sender: delivery.pacedSender,
        clock,
        logger,
        maySend: delivery.maySend,
      })
    : undefined;

  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  logger.info({ port, mode: config.mode }, "trivsel listening");

  return {
    url,
    port,
    config,
    stores,
    queues,
    demo,
    stop: async () => {
      await worker?.stop();
      await delivery?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await azurite?.stop();
    },
  };
}

async function runFromCommandLine(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const started = Date.now();
  const app = await startTrivsel(config, { logger });
  if (config.mode === "local") printLocalWelcome(app, Date.now() - started);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping");
    await app.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runFromCommandLine().catch((error: unknown) => {
    // Startup errors are configuration and infrastructure messages (a missing setting, storage unreachable): they
    // name settings, never people. Logged at fatal, whatever LOG_LEVEL says, since the config may not have loaded.
    createLogger("fatal").fatal(
      { code: (error as { code?: unknown }).code },
      error instanceof Error ? error.message : String(error),
    );
    process.exit(1);
  });
}
