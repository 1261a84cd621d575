import { ReadCache } from "./read-cache.js";

/** One partition as read at one moment: its rows by RowKey, and the rows this process has written since. */
interface Snapshot<V> {
  rows: Map<string, V>;
  /** Rows written (or tried) by this process after the read: the snapshot no longer knows them. */
  stale: Set<string>;
}

/**
 * Read-through snapshots of whole small partitions (a class roster, a class's state rows: 28 rows each), so a burst of
 * point reads in one partition costs one query instead of one request per row. A row the snapshot holds, or lacks,
 * is the answer (a lacking one only if `trustAbsent`); a row this process wrote since the read is asked for with a point
 * read. Snapshots live `ttlMs`.
 */
export class PartitionSnapshots<V> {
  private readonly cache: ReadCache<Snapshot<V>>;

  constructor(
    ttlMs: number,
    maxEntries: number,
    /** Whether a row the snapshot lacks is absent; if not, it is asked for (a roster member added meanwhile). */
    private readonly trustAbsent: boolean,
    now?: () => number,
  ) {
    this.cache = new ReadCache<Snapshot<V>>(ttlMs, maxEntries, false, now);
  }

  async get(
    partition: string,
    row: string,
    loadPartition: () => Promise<Iterable<[string, V]>>,
    loadRow: () => Promise<V | undefined>,
  ): Promise<V | undefined> {
    const snapshot = await this.cache.get(partition, async () => ({
      rows: new Map(await loadPartition()),
      stale: new Set<string>(),
    }));
    if (snapshot && !snapshot.stale.has(row)) {
      const held = snapshot.rows.get(row);
      if (held !== undefined || this.trustAbsent) return held;
    }
    return loadRow();
  }

  /**
   * This process wrote (or tried to write) one row: later reads of it go to storage. Call before the write starts, so
   * a read racing the write never takes the snapshot's older copy for the newer one. (A snapshot still loading may
   * hold the older copy: use this only for rows written with ETags, where an older copy costs one retry, no more.)
   */
  forgetRow(partition: string, row: string): void {
    this.cache.peek(partition)?.stale.add(row);
  }

  /** Forgets a whole partition (a roster replaced) and fences reads of it under way. */
  forgetPartition(partition: string): void {
    this.cache.invalidate(partition);
  }

  /** Forgets everything (an erasure may remove rows from any partition). */
  clear(): void {
    this.cache.clear();
  }
}
