/**
 * A small in-process read-through cache: each key's value is kept for `ttlMs` after it was read. Concurrent misses for
 * one key share one read (50 students answering the same round at once cost one round read, not 50). A failed read is
 * not kept. A miss (no row) is kept only when `keepMisses` says so; otherwise a row created meanwhile is seen at once.
 */
export class ReadCache<V> {
  private readonly entries = new Map<string, { value: V | undefined; until: number }>();
  private readonly pending = new Map<string, { promise: Promise<V | undefined>; generation: number }>();
  /** Bumped by every invalidation, so a read that started before a write cannot store its (older) result. */
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly keepMisses: boolean,
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string, load: () => Promise<V | undefined>): Promise<V | undefined> {
    const hit = this.entries.get(key);
    if (hit && hit.until > this.now()) return hit.value;
    if (hit) this.entries.delete(key);
    const inFlight = this.pending.get(key);
    if (inFlight && inFlight.generation === this.generation) return inFlight.promise;
    const generation = this.generation;
    const promise = load().then(
      (value) => {
        this.settle(key, promise);
        if ((value !== undefined || this.keepMisses) && generation === this.generation) this.remember(key, value);
        return value;
      },
      (error: unknown) => {
        this.settle(key, promise);
        throw error;
      },
    );
    this.pending.set(key, { promise, generation });
    return promise;
  }

  /** Forgets `key` (and fences reads already under way): call after every write of that row in this process. */
  invalidate(key: string): void {
    this.generation++;
    this.entries.delete(key);
    this.pending.delete(key);
  }

  /** The value held for `key` if it is still fresh; never loads. */
  peek(key: string): V | undefined {
    const hit = this.entries.get(key);
    return hit && hit.until > this.now() ? hit.value : undefined;
  }

  /** Forgets every key (and fences reads under way): for writes that may touch any row, such as an erasure. */
  clear(): void {
    this.generation++;
    this.entries.clear();
    this.pending.clear();
  }

  private settle(key: string, promise: Promise<V | undefined>): void {
    if (this.pending.get(key)?.promise === promise) this.pending.delete(key);
  }

  private remember(key: string, value: V | undefined): void {
    // Bounded memory: past the limit the oldest entry goes (a Map iterates in insertion order).
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, until: this.now() + this.ttlMs });
  }
}
