import type { TableClient, TransactionAction } from "@azure/data-tables";
import type { Delivery, DeliveryStore } from "../../ports/survey-stores.js";
import { deliverySchema } from "./survey-schemas.js";
import { keys } from "./keys.js";
import { rowCodec } from "./row-codec.js";
import { queryPartition, readRow } from "./table-ops.js";
import { TABLES } from "./table-names.js";

const codec = rowCodec(TABLES.deliveries, deliverySchema, []);
/** Azure Tables allows at most 100 operations per transaction, all in one partition (toolchain.md gotcha 9). */
const BATCH_LIMIT = 100;

/** Per-recipient send state, one partition per round (DESIGN §4 `deliveries`). */
export class TableDeliveryStore implements DeliveryStore {
  constructor(private readonly client: TableClient) {}

  async save(delivery: Delivery): Promise<void> {
    // One sender owns a recipient at a time (the send queue), and each write states the latest outcome, so the
    // newest write wins; there is no read-modify-write to protect with an ETag.
    const key = keys.deliveries(delivery.tenantId, delivery.roundId, delivery.recipientId);
    await this.client.upsertEntity({ ...codec.toRow(delivery), ...key }, "Replace");
  }

  /** One transaction per round partition and 100 rows; a row listed twice keeps its last state. */
  async saveMany(deliveries: readonly Delivery[]): Promise<void> {
    const partitions = new Map<string, Map<string, TransactionAction>>();
    for (const delivery of deliveries) {
      const key = keys.deliveries(delivery.tenantId, delivery.roundId, delivery.recipientId);
      const rows = partitions.get(key.partitionKey) ?? new Map<string, TransactionAction>();
      rows.set(key.rowKey, ["upsert", { ...codec.toRow(delivery), ...key }, "Replace"]);
      partitions.set(key.partitionKey, rows);
    }
    const batches = [...partitions.values()].flatMap((rows) => {
      const actions = [...rows.values()];
      return Array.from({ length: Math.ceil(actions.length / BATCH_LIMIT) }, (_, i) =>
        actions.slice(i * BATCH_LIMIT, (i + 1) * BATCH_LIMIT),
      );
    });
    await Promise.all(batches.map((batch) => this.client.submitTransaction(batch)));
  }

  async get(tenantId: string, roundId: string, recipientId: string): Promise<Delivery | undefined> {
    const row = await readRow(this.client, keys.deliveries(tenantId, roundId, recipientId));
    return row && codec.fromRow(row);
  }

  async listRound(tenantId: string, roundId: string): Promise<Delivery[]> {
    const rows = await queryPartition(this.client, keys.deliveries(tenantId, roundId, "").partitionKey);
    return rows.map((row) => codec.fromRow(row));
  }
}
