import { randomUUID } from "node:crypto";
import type { TableClient } from "@azure/data-tables";
import type { AuditEvent, AuditLog } from "../../ports/case-stores.js";
import { auditEventSchema } from "./case-schemas.js";
import { keys } from "./keys.js";
import { insertRow, queryPartition } from "./table-ops.js";
import { rowCodec } from "./row-codec.js";
import { TABLES } from "./table-names.js";

const codec = rowCodec(TABLES.audit, auditEventSchema, []);

/** Append-only audit trail, one partition per tenant and UTC day, newest first (DESIGN §4 `audit`). */
export class TableAuditLog implements AuditLog {
  constructor(private readonly client: TableClient) {}

  async record(event: AuditEvent): Promise<void> {
    const key = keys.audit(event.tenantId, auditDay(event.at), event.at, randomUUID());
    // Insert, never overwrite: an audit trail only grows. A random id makes a collision practically impossible.
    await insertRow(this.client, key, codec.toRow(event));
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
