import { odata, type TableClient } from "@azure/data-tables";
import { ConcurrentChangeError } from "../../ports/case-stores.js";
import { REMOVED_COLUMN, VERSION_COLUMN, type Row } from "./row-codec.js";

/** A stored row with its keys and ETag (the service always returns them). */
export type StoredRow = Row & { partitionKey: string; rowKey: string; etag: string };

export interface RowKey {
  partitionKey: string;
  rowKey: string;
}

/** How often an optimistic read-compare-write loop retries before giving up; contention per row is rare. */
export const OPTIMISTIC_RETRIES = 5;

/** data-tables errors carry the HTTP status in `statusCode`, not `code` (toolchain.md gotcha 9). */
export function hasStatus(error: unknown, ...statuses: number[]): boolean {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === "number" && statuses.includes(status);
}

/** A point read; undefined when the row does not exist. */
export async function readRow(client: TableClient, key: RowKey): Promise<StoredRow | undefined> {
  try {
    return (await client.getEntity<Row>(key.partitionKey, key.rowKey)) as StoredRow;
  } catch (error) {
    if (hasStatus(error, 404)) return undefined;
    throw error;
  }
}

/** Inserts; returns false when a row with these keys already exists (409). */
export async function insertRow(client: TableClient, key: RowKey, row: Row): Promise<boolean> {
  try {
    await client.createEntity({ ...row, ...key });
    return true;
  } catch (error) {
    if (hasStatus(error, 409)) return false;
    throw error;
  }
}

/** Replaces if the ETag still matches; returns false on 412 (changed) or 404 (deleted meanwhile). */
export async function replaceRow(client: TableClient, key: RowKey, row: Row, etag: string): Promise<boolean> {
  try {
    await client.updateEntity({ ...row, ...key }, "Replace", { etag });
    return true;
  } catch (error) {
    if (hasStatus(error, 412, 404)) return false;
    throw error;
  }
}

/** Deletes if the ETag still matches; a row already gone counts as deleted. Returns false on 412. */
export async function deleteRow(client: TableClient, key: RowKey, etag: string): Promise<boolean> {
  try {
    await client.deleteEntity(key.partitionKey, key.rowKey, { etag });
    return true;
  } catch (error) {
    if (hasStatus(error, 404)) return true;
    if (hasStatus(error, 412)) return false;
    throw error;
  }
}

export interface PartitionQuery {
  /** Inclusive lower and exclusive upper RowKey bounds, for prefix ranges. */
  rowKeyFrom?: string;
  rowKeyBefore?: string;
  /** Stop after this many rows (RowKey order). */
  limit?: number;
}

/** A single-partition query in RowKey order: the only kind of query the adapters run (DESIGN §4). */
export async function queryPartition(client: TableClient, partitionKey: string, query: PartitionQuery = {}) {
  let filter = odata`PartitionKey eq ${partitionKey}`;
  if (query.rowKeyFrom !== undefined) filter += odata` and RowKey ge ${query.rowKeyFrom}`;
  if (query.rowKeyBefore !== undefined) filter += odata` and RowKey lt ${query.rowKeyBefore}`;
  const rows: StoredRow[] = [];
  const limit = query.limit ?? Number.POSITIVE_INFINITY;
  if (limit <= 0) return rows;
  // A page may hold fewer rows than asked for even when more exist, so follow continuations until `limit`.
  const pageSize = Number.isFinite(limit) ? Math.min(limit, 1000) : 1000; // 1000: the service's page maximum
  for await (const page of client.listEntities<Row>({ queryOptions: { filter } }).byPage({ maxPageSize: pageSize })) {
    for (const row of page) {
      rows.push(row as StoredRow);
      if (rows.length >= limit) return rows;
    }
  }
  return rows;
}

export function versionOf(row: Row | undefined): number {
  const value = row?.[VERSION_COLUMN];
  return typeof value === "number" ? value : 0;
}

/**
 * Writes a derived copy of a source row (an index row in another partition) unless the copy already reflects this
 * version or a newer one. Cross-partition writes cannot be atomic, so versions make late writers harmless.
 */
export async function syncCopy(client: TableClient, key: RowKey, row: Row, version: number): Promise<void> {
  const versioned = { ...row, [VERSION_COLUMN]: version };
  for (let attempt = 0; attempt < OPTIMISTIC_RETRIES; attempt++) {
    const current = await readRow(client, key);
    if (!current) {
      if (await insertRow(client, key, versioned)) return;
      continue;
    }
    if (versionOf(current) >= version) return;
    if (await replaceRow(client, key, versioned, current.etag)) return;
  }
  throw new ConcurrentChangeError("an index row");
}

/**
 * Removes a derived copy by overwriting it with a tombstone at this version. A plain delete could be undone by a
 * slower writer of an older version arriving later; the tombstone's version makes that writer skip.
 */
export async function dropCopy(client: TableClient, key: RowKey, version: number): Promise<void> {
  await syncCopy(client, key, { [REMOVED_COLUMN]: true }, version);
}

export function isRemovedCopy(row: Row): boolean {
  return row[REMOVED_COLUMN] === true;
}

/**
 * Runs `work` over items with at most `limit` in flight: enough to hide latency, few enough not to exhaust sockets
 * or trip the account's request rate (Azure Storage scalability targets: 20,000 requests/s per account).
 */
export async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++] as T);
  });
  await Promise.all(lanes);
}
