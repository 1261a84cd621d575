import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createQueues, createTableStores } from "../../src/adapters/azure-tables/create-table-stores.js";
import { createMemoryQueues, createMemoryStores } from "../../src/adapters/memory/create-memory-stores.js";
import { createBotEndpoint } from "../../src/adapters/bot-framework/create-bot-endpoint.js";
import { loadConfig } from "../../src/config/config.js";
import { startDelivery } from "../../src/dispatch/start-delivery.js";
import { CORE_QUESTIONS } from "../../src/domain/survey/question-bank.js";
import type { Round } from "../../src/domain/survey/round.js";
import { createLogger } from "../../src/observability/logger.js";
import { enqueueRoundSends } from "../../src/use-cases/enqueue-round-sends.js";
import { FakeBotConnector, TEAMS_LIMITS } from "../../tests/support/fake-bot-connector.js";
import { persist, seedSchool } from "./seed-school.js";
import { StageTimings } from "./stage-timings.js";

/**
 * `npm run bench:delivery` (issue 4): 5,000 students in 200 classes get a 1:1 survey through a fake Bot Connector
 * that answers 429 whenever Teams' per-conversation or per-app limits are exceeded; then the same with 20% 503s.
 * The baseline is the theoretical minimum at the configured budget (students / SEND_RATE_PER_SECOND).
 */
const CLASSES = Number(process.env.BENCH_CLASSES ?? 200);
const PER_CLASS = Number(process.env.BENCH_PER_CLASS ?? 25);
const RATE = Number(process.env.SEND_RATE_PER_SECOND ?? 25);
/** A real connector answers a send in tens of ms; the fake waits this long so in-flight concurrency matters. */
const LATENCY_MS = 30;

/**
 * `BENCH_STORAGE=memory` runs the same worker on the in-memory stores and queues: it isolates the pacing from
 * Azurite, whose in-memory tables slow down with size on a small machine (toolchain.md §2, gotcha 8).
 */
const MEMORY = process.env.BENCH_STORAGE === "memory";
const child = MEMORY
  ? undefined
  : spawn(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./azurite-child.ts", import.meta.url))], {
      stdio: ["ignore", "pipe", "inherit"],
    });
const { connectionString } = child
  ? (JSON.parse(
      await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once("line", resolve)),
    ) as { connectionString: string })
  : { connectionString: "UseDevelopmentStorage=true" };

try {
  // BENCH_FAILURES=0 or =0.2 runs one case only (quicker while tuning).
  const rates = process.env.BENCH_FAILURES ? [Number(process.env.BENCH_FAILURES)] : [0, 0.2];
  for (const failureRate of rates) await runOnce(failureRate);
} finally {
  child?.kill("SIGTERM");
}

async function runOnce(failureRate: number): Promise<void> {
  const tenantId = randomUUID();
  const connector = await FakeBotConnector.start();
  connector.enforceLimits(TEAMS_LIMITS);
  connector.setLatency(LATENCY_MS);
  if (failureRate > 0) connector.injectFailures(503, failureRate, 42);
  const config = loadConfig({
    LOG_LEVEL: "silent",
    STORAGE_CONNECTION_STRING: connectionString,
    DEMO_DATA: "false",
    ALLOWED_TENANTS: tenantId,
    BOT_CONNECTOR_HOSTS: "127.0.0.1",
    SEND_RATE_PER_SECOND: String(RATE),
  });
  const logger = createLogger("silent");
  const stores = MEMORY ? createMemoryStores() : await createTableStores(connectionString);
  const queues = MEMORY ? createMemoryQueues() : await createQueues(connectionString, { logger });
  const clock = { now: () => new Date() };
  const owners = { ownerIds: async () => new Set<string>() };
  const { sender } = createBotEndpoint({ config, stores, queues, clock, logger, owners });
  const phase = (what: string) => process.stderr.write(`  ${new Date().toISOString().slice(11, 19)} ${what}\n`);
  phase("seeding");
  const { classIds, students } = await seedSchool(stores, connector, tenantId, CLASSES, PER_CLASS);

  phase("enqueueing");
  const enqueueStart = Date.now();
  const rounds: Round[] = [];
  for (const classId of classIds) {
    const round: Round = {
      tenantId,
      classId,
      roundId: `bench-${randomUUID()}`,
      questions: CORE_QUESTIONS,
      opensAt: new Date().toISOString(),
      closesAt: new Date(Date.now() + 48 * 3_600_000).toISOString(),
      status: "open",
      delivery: "personal",
      origin: "bench",
    };
    await persist(() => stores.rounds.create(round));
    rounds.push(round);
  }
  // Four classes at a time (each enqueues 16 jobs at once): more only queues up inside Azurite.
  for (let i = 0; i < rounds.length; i += 4)
    await Promise.all(
      rounds.slice(i, i + 4).map((round) => persist(() => enqueueRoundSends({ stores, queues, clock }, round, "da"))),
    );
  const enqueueMs = Date.now() - enqueueStart;

  phase("sending");
  const start = Date.now();
  const timings = new StageTimings();
  const delivery = startDelivery({
    ...{ config, sender, clock, logger, lease: undefined, tenantIds: [] },
    stores: timings.stores(stores),
    queues: timings.queues(queues),
  });
  const n = students.length;
  const stats = delivery.worker.stats;
  let lastReport = Date.now();
  while (stats.sent + stats.failed + stats.blocked + stats.notInstalled + stats.uncertain + stats.abandoned < n) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (Date.now() - lastReport > 30_000) {
      lastReport = Date.now();
      const sends = connector.calls.filter((c) => c.route === "sendToConversation").length;
      phase(`sent ${stats.sent}, requests ${sends}, retried ${stats.retried}, left for later ${stats.leftForLater}`);
    }
  }
  const wallMs = Date.now() - start;
  await delivery.stop();

  const accepted = students.map((s) => connector.accepted.get(connector.personalConversationId(s.teamsUserId)) ?? 0);
  let rows = 0;
  let sentRows = 0;
  for (const round of rounds) {
    const list = await stores.deliveries.listRound(tenantId, round.roundId);
    rows += list.length;
    sentRows += list.filter((d) => d.status === "sent").length;
  }
  const minimumMs = (n / RATE) * 1000;
  const requests = connector.calls.filter((c) => c.route === "sendToConversation").length;
  console.log(`\n${failureRate ? `with ${failureRate * 100}% injected 503s` : "clean connector"}:`);
  console.log(`  storage ${MEMORY ? "in-memory stores and queues" : "Azurite (separate process)"}`);
  console.log(`  students ${n} in ${CLASSES} classes, budget ${RATE} req/s, fake latency ${LATENCY_MS} ms`);
  console.log(`  enqueue ${enqueueMs} ms (${Math.round(n / (enqueueMs / 1000))} jobs/s)`);
  console.log(`  wall ${(wallMs / 1000).toFixed(1)} s; theoretical minimum ${(minimumMs / 1000).toFixed(1)} s`);
  console.log(`  rate ${(n / (wallMs / 1000)).toFixed(2)} students/s = ${(minimumMs / wallMs).toFixed(3)} of budget`);
  console.log(
    `  requests ${requests} (${(requests / (wallMs / 1000)).toFixed(2)}/s = ${(requests / (wallMs / 1000) / RATE).toFixed(3)} of budget)`,
  );
  console.log(`  duplicates ${accepted.filter((a) => a > 1).length}, losses ${accepted.filter((a) => a === 0).length}`);
  console.log(`  rows ${rows}, sent rows ${sentRows}; 429s from our pacing ${connector.limitViolations}`);
  console.log(`  retried ${stats.retried}, left for later ${stats.leftForLater}, abandoned ${stats.abandoned}`);
  console.log(`  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (bench process, Azurite apart)`);
  console.log("  stages (as the worker saw them):");
  for (const line of timings.report()) console.log(`    ${line}`);
  const projectionMin = 100_000 / (n / (wallMs / 1000)) / 60;
  console.log(`  100,000 students at this rate: ${projectionMin.toFixed(1)} min`);
  await connector.stop();
}
