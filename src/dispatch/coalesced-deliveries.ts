import type { Stores } from "../ports/stores.js";
import type { Delivery } from "../ports/survey-stores.js";

/**
 * How long a delivery read or write waits for others of the same round to join it. A receive hands the worker up
 * to 32 jobs at once, mostly of one or two rounds, so their row reads and "sending" markers arrive within a few ms
 * of each other; 20 ms gathers those and the sent rows of ~1 s of sends at 50 req/s, yet adds only 20 ms to the
 * window between a send and its row.
 */
const WINDOW_MS = 20;

interface Waiting<I, O> {
  item: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

/** Calls for one partition that arrive within `windowMs` run as one `flush`; each caller gets its own result. */
class PartitionBatcher<I, O> {
  private readonly open = new Map<string, Array<Waiting<I, O>>>();

  constructor(
    private readonly windowMs: number,
    private readonly flush: (items: I[]) => Promise<O[]>,
  ) {}

  add(partition: string, item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      const batch = this.open.get(partition);
      if (batch) return void batch.push({ item, resolve, reject });
      this.open.set(partition, [{ item, resolve, reject }]);
      setTimeout(() => this.run(partition), this.windowMs);
    });
  }

  private run(partition: string): void {
    const batch = this.open.get(partition) ?? [];
    this.open.delete(partition);
    this.flush(batch.map((w) => w.item)).then(
      (results) => batch.forEach((w, i) => w.resolve(results[i] as O)),
      (error: unknown) => batch.forEach((w) => w.reject(error)),
    );
  }
}

/**
 * Stores for the survey-send worker whose delivery rows are read and written per round in batches: the jobs of a
 * round that are in hand together cost one partition query and one entity-group transaction per step instead of a
 * request each (on Azurite, each request also scans its table's index). Reads still start after the job was
 * received, so they are as fresh as a point read: exactly-once rests on them as before. A failed batch fails each
 * caller, as its own request would have.
 */
export function withCoalescedDeliveries(stores: Stores, windowMs = WINDOW_MS): Stores {
  const { deliveries } = stores;
  const reads = new PartitionBatcher<Pick<Delivery, "tenantId" | "roundId" | "recipientId">, Delivery | undefined>(
    windowMs,
    async (items) => {
      const [first] = items;
      if (items.length === 1 && first) return [await deliveries.get(first.tenantId, first.roundId, first.recipientId)];
      const rows = new Map(
        (await deliveries.listRound(first!.tenantId, first!.roundId)).map((d) => [d.recipientId, d]),
      );
      return items.map((item) => rows.get(item.recipientId));
    },
  );
  const writes = new PartitionBatcher<Delivery, void>(windowMs, async (items) => {
    const [first] = items;
    if (items.length === 1 && first) await deliveries.save(first);
    else if (deliveries.saveMany) await deliveries.saveMany(items);
    else await Promise.all(items.map((d) => deliveries.save(d)));
    return items.map(() => undefined);
  });
  const partition = (d: Pick<Delivery, "tenantId" | "roundId">) => `${d.tenantId}|${d.roundId}`;
  return {
    ...stores,
    deliveries: {
      ...deliveries,
      listRound: (tenantId, roundId) => deliveries.listRound(tenantId, roundId),
      get: (tenantId, roundId, recipientId) =>
        reads.add(partition({ tenantId, roundId }), { tenantId, roundId, recipientId }),
      save: (delivery) => writes.add(partition(delivery), delivery),
    },
  };
}
