import type { TableClient } from "@azure/data-tables";
import type { Schedule } from "../../domain/schedule/schedule.js";
import { ConcurrentChangeError } from "../../ports/case-stores.js";
import type { ScheduleStore, StoredSchedule } from "../../ports/schedule-store.js";
import { keys } from "./keys.js";
import { rowCodec } from "./row-codec.js";
import { scheduleSchema } from "./schedule-schema.js";
import { deleteRow, OPTIMISTIC_RETRIES, queryPartition, readRow } from "./table-ops.js";
import { TABLES } from "./table-names.js";
import { versionedPut } from "./versioned-put.js";

// `term`, `holidays` and `target` are JSON columns: a term has a few dozen holiday ranges at most, and a target at
// most 500 class ids (validate-schedule.ts) of ~40 characters, below the 32,000-character cell (row-codec.ts).
const codec = rowCodec(TABLES.schedules, scheduleSchema, ["term", "holidays", "target"]);

/** Schedules, one partition per tenant: the scheduler reads a school's schedules in one query each minute. */
export class TableScheduleStore implements ScheduleStore {
  constructor(private readonly client: TableClient) {}

  async get(tenantId: string, scheduleId: string): Promise<StoredSchedule | undefined> {
    const row = await readRow(this.client, keys.schedules(tenantId, scheduleId));
    return row && { value: codec.fromRow(row), etag: row.etag };
  }

  async list(tenantId: string): Promise<StoredSchedule[]> {
    const rows = await queryPartition(this.client, keys.schedules(tenantId, "").partitionKey);
    return rows.map((row) => ({ value: codec.fromRow(row), etag: row.etag }));
  }

  async put(schedule: Schedule, etag?: string): Promise<void> {
    const key = keys.schedules(schedule.tenantId, schedule.scheduleId);
    await versionedPut(this.client, key, codec.toRow(schedule), etag, "schedule");
  }

  async delete(tenantId: string, scheduleId: string): Promise<void> {
    // With the ETag just read, like every delete here; a row changed meanwhile is read again and deleted.
    for (let attempt = 0; attempt < OPTIMISTIC_RETRIES; attempt++) {
      const key = keys.schedules(tenantId, scheduleId);
      const row = await readRow(this.client, key);
      if (!row || (await deleteRow(this.client, key, row.etag))) return;
    }
    throw new ConcurrentChangeError("schedule");
  }
}
