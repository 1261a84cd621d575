import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createTableStores } from "../../src/adapters/azure-tables/create-table-stores.js";
import { startFakeEntra } from "../../tests/support/fake-entra.js";
import { startApiApp } from "../../tests/support/start-api-app.js";
import { startStorageRequestLog, type StorageRequest } from "../../tests/support/storage-request-log.js";
import { startAzuriteProcesses, type AzuriteProcesses } from "../answers/azurite-process.js";
import { percentile } from "../answers/stats.js";
import { bulkSeed, type BulkFigures } from "./bulk-seed.js";
import { seedMeasuredSchool } from "./measured-seed.js";

const CLIENT_ID = "0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5";
/** Requests per endpoint after warm-up: enough for a stable p95 (the 95th of 200 is the 10th slowest). */
const SAMPLES = 200;
const WARMUP = 20;
const SHIM = fileURLToPath(new URL("./azurite-partition-index.cjs", import.meta.url));
/** Heap for Azurite's in-memory LokiJS at the large scale (~2.5 million rows); the machine has 23 GB. */
const AZURITE_HEAP_MB = 16_384;

/** Latency percentiles in ms, and how many of the requests did not answer 200 (reported, not hidden). */
export interface Timing {
  p50: number;
  p95: number;
  failures: number;
}

/** One measurement pass: `/healthz` as the same-run baseline, then the two hot endpoints. */
export interface Pass {
  healthz: Timing;
  myStudents: Timing;
  classView: Timing;
}

export interface LatencyFigures {
  students: number;
  answers: number;
  seed: BulkFigures;
  /** Azurite table process, MB: peak resident (VmHWM) after seeding and measuring. */
  azuritePeakRssMb: number;
  /** Stock Azurite: every $filter query runs over every row of its table. */
  stock: Pass;
  /** Azurite with a partition index (azurite-partition-index.cjs): single-partition queries cost what Azure's do. */
  indexed: Pass;
  /** Storage requests one call of each endpoint makes, by table and kind (point, partition, scan, write, batch). */
  requests: { myStudents: string; classView: string };
}

/**
 * One scale: a fresh Azurite (child process, in memory) holding a real-shaped class and mentor plus `students`
 * students and `answers` answers of bulk data in other partitions; then GET /api/v1/my-students (as the mentor)
 * and GET /api/v1/classes/:id/overview (as the teacher), each measured sequentially over loopback, with
 * Azurite's partition index off and on, and once more through a recording proxy to count storage requests.
 */
export async function measureApiLatency(
  scale: { students: number; answers: number },
  progress: (line: string) => void,
): Promise<LatencyFigures> {
  const azurite = await startAzuriteWithShim();
  const entra = await startFakeEntra();
  const tenantId = randomUUID();
  try {
    const stores = await createTableStores(azurite.connectionString);
    const school = await seedMeasuredSchool(stores, tenantId);
    const seed = await bulkSeed(azurite.connectionString, tenantId, school, scale, progress);
    const env = { AAD_APP_CLIENT_ID: CLIENT_ID, ALLOWED_TENANTS: tenantId, TEST_ENTRA_OPENID_URL: entra.metadataUrl };
    const token = (userId: string) => entra.mint({ tenantId, userId, audience: CLIENT_ID });
    const [mentor, teacher] = [await token(school.mentorId), await token(school.teacherId)];
    const paths = {
      myStudents: ["/api/v1/my-students?locale=en", mentor],
      classView: [`/api/v1/classes/${encodeURIComponent(school.classId)}/overview?locale=en`, teacher],
    } as const;
    const app = await startApiApp({ storageConnectionString: azurite.connectionString, env });
    const pass = async (): Promise<Pass> => ({
      healthz: await time(app.url, "/healthz"),
      myStudents: await time(app.url, ...paths.myStudents),
      classView: await time(app.url, ...paths.classView),
    });
    let stock: Pass, indexed: Pass;
    try {
      // Indexed first: the stock pass's whole-table scans (seconds per call at the large scale) leave Azurite's
      // multi-GB heap full of garbage, whose collection would then be charged to whichever pass came next.
      indexed = await pass();
      process.kill(azurite.pids.table ?? 0, "SIGUSR2"); // the shim's switch: partition index off
      stock = await pass();
    } finally {
      await app.stop();
    }
    const requests = await countRequests(azurite.connectionString, env, paths);
    return { ...scale, seed, azuritePeakRssMb: peakRssMb(azurite.pids.table), stock, indexed, requests };
  } finally {
    await entra.close();
    await azurite.stop();
  }
}

/** Azurite's table process with the partition-index shim preloaded (on until SIGUSR2) and a larger heap. */
async function startAzuriteWithShim(): Promise<AzuriteProcesses> {
  const before = { options: process.env.NODE_OPTIONS, index: process.env.BENCH_AZURITE_PARTITION_INDEX };
  // startAzuriteProcesses spawns with this process's environment; the shim is inert outside the table service.
  process.env.NODE_OPTIONS = `--require ${SHIM} --max-old-space-size=${AZURITE_HEAP_MB}`;
  process.env.BENCH_AZURITE_PARTITION_INDEX = "1";
  try {
    return await startAzuriteProcesses();
  } finally {
    restoreEnv("NODE_OPTIONS", before.options);
    restoreEnv("BENCH_AZURITE_PARTITION_INDEX", before.index);
  }
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

async function time(base: string, path: string, bearer?: string): Promise<Timing> {
  let failures = 0;
  const run = async () => {
    const t0 = performance.now();
    const response = await fetch(`${base}${path}`, bearer ? { headers: { authorization: `Bearer ${bearer}` } } : {});
    await response.arrayBuffer();
    if (response.status !== 200) failures++;
    return performance.now() - t0;
  };
  for (let i = 0; i < WARMUP; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) samples.push(await run());
  return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), failures };
}

/** One call of each endpoint through a recording proxy: which tables it reads, and how (point, partition, scan). */
async function countRequests(
  connectionString: string,
  env: Record<string, string>,
  paths: Record<"myStudents" | "classView", readonly [string, string]>,
): Promise<LatencyFigures["requests"]> {
  const log = await startStorageRequestLog(connectionString);
  const app = await startApiApp({ storageConnectionString: log.connectionString, env });
  try {
    const count = async ([path, bearer]: readonly [string, string]) => {
      log.clear();
      await (await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${bearer}` } })).arrayBuffer();
      return summarize(log.requests);
    };
    return { myStudents: await count(paths.myStudents), classView: await count(paths.classView) };
  } finally {
    await app.stop();
    await log.close();
  }
}

/** "answers: 8 partition; rounds: 1 partition" — requests per table and kind, sorted for stable output. */
function summarize(requests: StorageRequest[]): string {
  const counts = new Map<string, number>();
  for (const r of requests) counts.set(`${r.table} ${r.kind}`, (counts.get(`${r.table} ${r.kind}`) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([what, n]) => `${what} x${n}`)
    .join(", ");
}

function peakRssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

const round = (ms: number) => Math.round(ms * 10) / 10;
