import type { TableClient } from "@azure/data-tables";
import type { Delivery, DeliveryStore } from "../../ports/survey-stores.js";
import { deliverySchema } from "./survey-schemas.js";
import { keys } from "./keys.js";
import { rowCodec } from "./row-codec.js";
import { queryPartition, readRow } from "./table-ops.js";
import { TABLES } from "./table-names.js";

const codec = rowCodec(TABLES.deliveries, deliverySchema, []);

/** Per-recipient send state, one partition per round (DESIGN §4 `deliveries`). */
export class TableDeliveryStore implements DeliveryStore {
  constructor(private readonly client: TableClient) {}

  async save(delivery: Delivery): Promise<void> {
    // One sender owns a recipient at a time (the send queue), and each write states the latest outcome, so the
    // newest write wins; there is no read-modify-write to protect with an ETag.
    const key = keys.deliveries(delivery.tenantId, delivery.roundId, delivery.recipientId);
    await this.client.upsertEntity({ ...codec.toRow(delivery), ...key }, "Replace");
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
