import { randomUUID } from "node:crypto";
import type { TableClient, TransactionAction } from "@azure/data-tables";
import type { AuditEvent, AuditLog } from "../../ports/case-stores.js";
import { auditEventSchema } from "./case-schemas.js";
import { keys } from "./keys.js";
import { insertRow, queryPartition } from "./table-ops.js";
import { rowCodec } from "./row-codec.js";
import { TABLES } from "./table-names.js";

const codec = rowCodec(TABLES.audit, auditEventSchema, []);
/** Azure Tables' limit for one entity-group transaction: 100 entities, all in one partition. */
const BATCH_LIMIT = 100;

/** Append-only audit trail, one partition per tenant and UTC day, newest first (DESIGN §4 `audit`). */
export class TableAuditLog implements AuditLog {
  constructor(private readonly client: TableClient) {}

  async record(event: AuditEvent): Promise<void> {
    const key = keys.audit(event.tenantId, auditDay(event.at), event.at, randomUUID());
    // Insert, never overwrite: an audit trail only grows. A random id makes a collision practically impossible.
    await insertRow(this.client, key, codec.toRow(event));
  }

  /**
   * Inserts ("create", never upsert: the trail only grows) in entity-group transactions of up to 100 rows of one
   * partition (tenant + day), so a list of N students costs ceil(N / 100) requests, not N. A failed transaction
   * throws, and the caller's read fails with it: a staff read is never shown unaudited.
   */
  async recordMany(events: AuditEvent[]): Promise<void> {
    const partitions = new Map<string, TransactionAction[]>();
    for (const event of events) {
      const key = keys.audit(event.tenantId, auditDay(event.at), event.at, randomUUID());
      const actions = partitions.get(key.partitionKey) ?? [];
      actions.push(["create", { ...codec.toRow(event), ...key }]);
      partitions.set(key.partitionKey, actions);
    }
    const batches = [...partitions.values()].flatMap((actions) =>
      Array.from({ length: Math.ceil(actions.length / BATCH_LIMIT) }, (_, i) =>
        actions.slice(i * BATCH_LIMIT, (i + 1) * BATCH_LIMIT),
      ),
    );
    await Promise.all(batches.map((batch) => this.client.submitTransaction(batch)));
  }

  async listDay(tenantId: string, day: string): Promise<AuditEvent[]> {
    const rows = await queryPartition(this.client, keys.audit(tenantId, day, `${day}T00:00:00Z`, "").partitionKey);
    return rows.map((row) => codec.fromRow(row));
  }
}

/** The UTC day (YYYY-MM-DD) an event belongs to. */
export function auditDay(at: string): string {
  return new Date(at).toISOString().slice(0, 10);
}
