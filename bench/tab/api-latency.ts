import { randomUUID } from "node:crypto";
import { createTableStores } from "../../src/adapters/azure-tables/create-table-stores.js";
import { startFakeEntra } from "../../tests/support/fake-entra.js";
import { startApiApp } from "../../tests/support/start-api-app.js";
import { startAzuriteProcesses } from "../answers/azurite-process.js";
import { percentile } from "../answers/stats.js";
import { bulkSeed, type BulkFigures } from "./bulk-seed.js";
import { seedMeasuredSchool } from "./measured-seed.js";

const CLIENT_ID = "0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5";
/** Requests per endpoint after warm-up: enough for a stable p95 (the 95th of 200 is the 10th slowest). */
const SAMPLES = 200;
const WARMUP = 20;

/** Latency percentiles in ms, and how many of the requests did not answer 200 (reported, not hidden). */
export interface Timing {
  p50: number;
  p95: number;
  failures: number;
}

export interface LatencyFigures {
  students: number;
  answers: number;
  seed: BulkFigures;
  /** p50/p95 in ms, sequential requests (one user clicking), `/healthz` as the same-run baseline. */
  healthz: Timing;
  myStudents: Timing;
  classView: Timing;
}

/**
 * One scale: a fresh Azurite (child process, in memory) with `students` students and `answers` answers of bulk
 * data in other partitions, plus a real-shaped class and mentor, then GET /api/v1/my-students (as the mentor)
 * and GET /api/v1/classes/:id/overview (as the teacher), each measured sequentially over loopback.
 */
export async function measureApiLatency(scale: { students: number; answers: number }): Promise<LatencyFigures> {
  const azurite = await startAzuriteProcesses();
  const entra = await startFakeEntra();
  const tenantId = randomUUID();
  try {
    const stores = await createTableStores(azurite.connectionString);
    const seed = await bulkSeed(azurite.connectionString, tenantId, scale);
    const school = await seedMeasuredSchool(stores, tenantId);
    const app = await startApiApp({
      storageConnectionString: azurite.connectionString,
      env: { AAD_APP_CLIENT_ID: CLIENT_ID, ALLOWED_TENANTS: tenantId, TEST_ENTRA_OPENID_URL: entra.metadataUrl },
    });
    try {
      const token = (userId: string) => entra.mint({ tenantId, userId, audience: CLIENT_ID });
      const [mentor, teacher] = [await token(school.mentorId), await token(school.teacherId)];
      const time = async (path: string, bearer?: string) => {
        const run = async () => {
          const t0 = performance.now();
          const response = await fetch(
            `${app.url}${path}`,
            bearer ? { headers: { authorization: `Bearer ${bearer}` } } : {},
          );
          await response.arrayBuffer();
          if (response.status !== 200) failures++;
          return performance.now() - t0;
        };
        let failures = 0;
        for (let i = 0; i < WARMUP; i++) await run();
        const samples: number[] = [];
        for (let i = 0; i < SAMPLES; i++) samples.push(await run());
        return { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), failures };
      };
      return {
        ...scale,
        seed,
        healthz: await time("/healthz"),
        myStudents: await time("/api/v1/my-students?locale=en", mentor),
        classView: await time(`/api/v1/classes/${encodeURIComponent(school.classId)}/overview?locale=en`, teacher),
      };
    } finally {
      await app.stop();
    }
  } finally {
    await entra.close();
    await azurite.stop();
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;
