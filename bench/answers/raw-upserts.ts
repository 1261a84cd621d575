import { TableClient } from "@azure/data-tables";
import { percentile, type RunFigures } from "./stats.js";

/**
 * Baseline (a): what storage alone can do. `count` distinct upserts into one Azurite table with `concurrency`
 * in flight, the same concurrency the HTTP benchmark uses, so the two rates are comparable. `run` names the
 * partition prefix, so a warm-up and the measured run write distinct rows.
 */
export async function rawUpserts(
  connection: string,
  run: string,
  count: number,
  concurrency: number,
): Promise<RunFigures> {
  const client = TableClient.fromConnectionString(connection, "benchrawupserts", { allowInsecureConnection: true });
  await client.createTable();
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        await client.upsertEntity({
          partitionKey: `${run}-p${i % 50}`,
          rowKey: `r${i}`,
          value: i,
          at: new Date().toISOString(),
        });
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const [p50, p99] = [percentile(latencies, 50), percentile(latencies, 99)];
  return { perSecond: count / seconds, p50, p99, errors: 0, latencies };
}
