import type { TableClient, TableEntity } from "@azure/data-tables";
import type { TableName } from "../../src/adapters/azure-tables/table-names.js";

/**
 * Requests in flight at once. Azurite is one single-threaded process: a few dozen keep it busy while the
 * client builds and parses the next requests; more only queue (measured here: 8 -> 32 helps, 64 does not).
 */
const IN_FLIGHT = 32;
/** Progress lines while seeding: one per tenth of the work, so a long seed shows it is moving. */
const PROGRESS_STEPS = 10;

/** Rows of one partition of one table (at most 100: Azure's entity-group transaction limit). */
export interface BatchJob {
  table: TableName;
  rows: TableEntity[];
}

export interface BatchFigures {
  rows: number;
  requests: number;
  seconds: number;
  rowsPerSecond: number;
}

/**
 * Writes every job as one request: an entity-group transaction (upserts, so a rerun is harmless), or a plain
 * upsert for a single row (a one-row transaction costs the multipart wrapping for nothing).
 */
export async function runBatches(
  jobs: Iterable<BatchJob>,
  client: (table: TableName) => TableClient,
  progress: (line: string) => void,
  expectedRows?: number,
): Promise<BatchFigures> {
  const iterator = jobs[Symbol.iterator]();
  const started = performance.now();
  let rows = 0;
  let requests = 0;
  let reported = 0;
  const report = () => {
    if (!expectedRows || rows < ((reported + 1) * expectedRows) / PROGRESS_STEPS) return;
    reported = Math.floor((rows * PROGRESS_STEPS) / expectedRows);
    const seconds = (performance.now() - started) / 1000;
    progress(
      `  seeded ${rows} of ${expectedRows} rows in ${seconds.toFixed(0)} s (${Math.round(rows / seconds)} rows/s)`,
    );
  };
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      for (let next = iterator.next(); !next.done; next = iterator.next()) {
        const job = next.value;
        const target = client(job.table);
        if (job.rows.length === 1) await target.upsertEntity(job.rows[0]!, "Replace");
        else await target.submitTransaction(job.rows.map((row) => ["upsert", row, "Replace"]));
        rows += job.rows.length;
        requests++;
        report();
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { rows, requests, seconds, rowsPerSecond: rows / seconds };
}
