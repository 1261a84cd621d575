import type { Schedule } from "../../domain/schedule/schedule.js";
import type { ScheduleStore, StoredSchedule } from "../../ports/schedule-store.js";
import { keys } from "../azure-tables/keys.js";
import { MemoryTable, versionedPut } from "./memory-table.js";

/** In-memory ScheduleStore with the table adapter's keys and ETag semantics. */
export class MemoryScheduleStore implements ScheduleStore {
  private readonly table = new MemoryTable<Schedule>();

  async get(tenantId: string, scheduleId: string): Promise<StoredSchedule | undefined> {
    return this.table.get(keys.schedules(tenantId, scheduleId));
  }
  async list(tenantId: string): Promise<StoredSchedule[]> {
    const partition = keys.schedules(tenantId, "").partitionKey;
    return this.table
      .list(partition)
      .map((value) => this.table.get(keys.schedules(tenantId, value.scheduleId)))
      .filter((row): row is StoredSchedule => row !== undefined);
  }
  async put(schedule: Schedule, etag?: string): Promise<void> {
    versionedPut(this.table, keys.schedules(schedule.tenantId, schedule.scheduleId), schedule, etag, "schedule");
  }
  async delete(tenantId: string, scheduleId: string): Promise<void> {
    this.table.delete(keys.schedules(tenantId, scheduleId));
  }
}
