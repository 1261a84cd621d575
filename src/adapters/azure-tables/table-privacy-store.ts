import { createHash } from "node:crypto";
import { odata, type TableClient, type TableEntityResult } from "@azure/data-tables";
import type { ExclusionReason, PersonalRow, PrivacyStore } from "../../ports/privacy-store.js";
import { keyPart, pk } from "./keys.js";
import type { TableClients } from "./storage-connection.js";
import { TABLES } from "./table-names.js";
import { deleteRow, insertRow, readRow, replaceRow } from "./table-ops.js";

type Entity = TableEntityResult<Record<string, unknown>>;
const SYSTEM = new Set(["partitionKey", "rowKey", "etag", "timestamp", "odata.etag", "odata.metadata"]);
/** Keys and JSON columns separate ids with these; an id matches only as a whole segment, never as a substring. */
const SEGMENT = /[|"',:;\s[\]{}()=]+/;

/** The one-way pseudonym exclusion markers and erasure receipts use instead of the id. */
export function pseudonym(tenantId: string, userId: string): string {
  return createHash("sha256").update(`${tenantId}|${userId}`).digest("hex");
}

/** Privacy operations on Azure Tables: a tenant-range read of each table (rare, coordinator-run jobs). */
export class TablePrivacyStore implements PrivacyStore {
  constructor(private readonly clients: TableClients) {}

  async rowsAbout(tenantId: string, userId: string): Promise<PersonalRow[]> {
    const rows: PersonalRow[] = [];
    for (const [role, client] of this.personalTables()) {
      for await (const entity of this.tenantRows(client, tenantId)) {
        if (mentions(entity, userId)) rows.push(toPersonalRow(TABLES[role], entity));
      }
    }
    return rows;
  }

  async deleteRowsAbout(tenantId: string, userId: string): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const [role, client] of this.personalTables()) {
      let count = 0;
      for await (const entity of this.tenantRows(client, tenantId)) {
        if (!mentions(entity, userId)) continue;
        await deleteRow(client, keyOf(entity), entity.etag);
        count += 1;
      }
      if (count) counts[TABLES[role]] = count;
    }
    return counts;
  }

  async deleteOlderThan(tenantId: string, cutoff: string): Promise<{ answers: number; notes: number }> {
    let answers = 0;
    for (const client of [this.clients.answers, this.clients.history]) {
      for await (const entity of this.tenantRows(client, tenantId)) {
        const at = entity.answeredAt;
        if (typeof at !== "string" || at >= cutoff) continue;
        await deleteRow(client, keyOf(entity), entity.etag);
        if (client === this.clients.answers) answers += 1;
      }
    }
    return { answers, notes: await this.dropOldNotes(tenantId, cutoff) };
  }

  async exclude(tenantId: string, userId: string, reason: ExclusionReason, at: string): Promise<void> {
    await insertRow(this.clients.exclusions, exclusionKey(tenantId, userId), { reason, at });
  }

  async isExcluded(tenantId: string, userId: string): Promise<ExclusionReason | undefined> {
    const row = await readRow(this.clients.exclusions, exclusionKey(tenantId, userId));
    return row ? (row.reason as ExclusionReason) : undefined;
  }

  /** Every table except the exclusion markers, which hold only pseudonyms. */
  private personalTables(): Array<[keyof typeof TABLES, TableClient]> {
    return (Object.entries(this.clients) as Array<[keyof typeof TABLES, TableClient]>).filter(
      ([role]) => role !== "exclusions",
    );
  }

  /** All of a tenant's rows: keys begin with the tenant, then "|" ("}" sorts right after "|"). */
  private tenantRows(client: TableClient, tenantId: string): AsyncIterable<Entity> {
    const from = pk(tenantId);
    return client.listEntities<Record<string, unknown>>({
      queryOptions: { filter: odata`PartitionKey ge ${from} and PartitionKey lt ${`${from}}`}` },
    });
  }

  /** Case notes are a JSON column (`notes`, oldest first): keep only those written on or after the cutoff. */
  private async dropOldNotes(tenantId: string, cutoff: string): Promise<number> {
    let dropped = 0;
    for await (const entity of this.tenantRows(this.clients.cases, tenantId)) {
      if (typeof entity.notes !== "string") continue;
      const notes = JSON.parse(entity.notes) as Array<{ at?: string }>;
      const kept = notes.filter((n) => typeof n.at !== "string" || n.at >= cutoff);
      if (kept.length === notes.length) continue;
      const row = Object.fromEntries(Object.entries(entity).filter(([k]) => !SYSTEM.has(k)));
      // With its ETag: a case edited meanwhile keeps its notes until tomorrow's run (DESIGN §4).
      if (await replaceRow(this.clients.cases, keyOf(entity), { ...row, notes: JSON.stringify(kept) }, entity.etag))
        dropped += notes.length - kept.length;
    }
    return dropped;
  }
}

function keyOf(entity: Entity) {
  return { partitionKey: entity.partitionKey ?? "", rowKey: entity.rowKey ?? "" };
}

function exclusionKey(tenantId: string, userId: string) {
  return { partitionKey: pk(tenantId), rowKey: pseudonym(tenantId, userId) };
}

function mentions(entity: Entity, userId: string): boolean {
  const wanted = new Set([userId, keyPart(userId)]);
  return Object.entries(entity).some(
    ([key, value]) =>
      key !== "etag" && typeof value === "string" && value.split(SEGMENT).some((part) => wanted.has(part)),
  );
}

function toPersonalRow(table: string, entity: Entity): PersonalRow {
  const data = Object.fromEntries(Object.entries(entity).filter(([k]) => !SYSTEM.has(k)));
  return { table, ...keyOf(entity), data };
}
