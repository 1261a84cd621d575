import type { Schedule } from "../domain/schedule/schedule.js";

/** A stored schedule with its ETag, so edits from two tabs never overwrite each other silently. */
export interface StoredSchedule {
  value: Schedule;
  etag: string;
}

/** Survey schedules, one partition per tenant (DESIGN §4 `schedules`). */
export interface ScheduleStore {
  get(tenantId: string, scheduleId: string): Promise<StoredSchedule | undefined>;
  /** The tenant's schedules (one single-partition query; a school has at most a few hundred). */
  list(tenantId: string): Promise<StoredSchedule[]>;
  /**
   * Writes a schedule: with an ETag only if unchanged since read, without one only if new. Throws
   * ConcurrentChangeError (ports/case-stores.ts) when the condition fails.
   */
  put(schedule: Schedule, etag?: string): Promise<void>;
  delete(tenantId: string, scheduleId: string): Promise<void>;
}
