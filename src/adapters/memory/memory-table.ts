import { ConcurrentChangeError } from "../../ports/case-stores.js";

export interface RowKey {
  partitionKey: string;
  rowKey: string;
}

export interface MemoryRow<T> {
  value: T;
  etag: string;
}

/**
 * An in-memory table with Azure Tables' semantics where they matter to use cases: rows in partitions ordered by
 * RowKey (keys come from the same keys.ts as the real adapter), ETags that change on every write, insert-if-absent
 * and replace-if-unchanged. Values are deep-copied in and out so callers never share state with the store.
 */
export class MemoryTable<T> {
  private readonly partitions = new Map<string, Map<string, MemoryRow<T>>>();
  private static writes = 0;

  get(key: RowKey): MemoryRow<T> | undefined {
    const row = this.partitions.get(key.partitionKey)?.get(key.rowKey);
    return row && { value: structuredClone(row.value), etag: row.etag };
  }

  /** Returns false when the row exists (the real store's 409). */
  insert(key: RowKey, value: T): boolean {
    if (this.partitions.get(key.partitionKey)?.has(key.rowKey)) return false;
    this.write(key, value);
    return true;
  }

  /** Returns false when the row is gone or its ETag changed (the real store's 404/412). */
  replace(key: RowKey, value: T, etag: string): boolean {
    if (this.partitions.get(key.partitionKey)?.get(key.rowKey)?.etag !== etag) return false;
    this.write(key, value);
    return true;
  }

  upsert(key: RowKey, value: T): void {
    this.write(key, value);
  }

  delete(key: RowKey): void {
    this.partitions.get(key.partitionKey)?.delete(key.rowKey);
  }

  /** A partition's rows in RowKey order, optionally within [from, before) and up to `limit`. */
  list(partitionKey: string, range: { from?: string; before?: string; limit?: number } = {}): T[] {
    const rows = [...(this.partitions.get(partitionKey) ?? new Map<string, MemoryRow<T>>()).entries()]
      .filter(
        ([rowKey]) =>
          (range.from === undefined || rowKey >= range.from) && (range.before === undefined || rowKey < range.before),
      )
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, row]) => structuredClone(row.value));
    return range.limit === undefined ? rows : rows.slice(0, Math.max(0, range.limit));
  }

  private write(key: RowKey, value: T): void {
    let partition = this.partitions.get(key.partitionKey);
    if (!partition) this.partitions.set(key.partitionKey, (partition = new Map()));
    partition.set(key.rowKey, { value: structuredClone(value), etag: `W/"${++MemoryTable.writes}"` });
  }
}

/** The `put(value, etag)` contract: insert when no ETag, else replace if unchanged; a lost race throws. */
export function versionedPut<T>(
  table: MemoryTable<T>,
  key: RowKey,
  value: T,
  etag: string | undefined,
  what: string,
): void {
  const written = etag === undefined ? table.insert(key, value) : table.replace(key, value, etag);
  if (!written) throw new ConcurrentChangeError(what);
}
