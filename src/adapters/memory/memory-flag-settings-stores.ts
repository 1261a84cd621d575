import type { SchoolSettings } from "../../domain/scoring/school-settings.js";
import type { Versioned } from "../../ports/case-stores.js";
import type { DigestEntry, DigestStore, SchoolSettingsStore, Snooze, SnoozeStore } from "../../ports/flag-settings.js";
import { keys } from "../azure-tables/keys.js";
import { MemoryTable, versionedPut } from "./memory-table.js";

/** In-memory SchoolSettingsStore with ETag semantics. */
export class MemorySchoolSettingsStore implements SchoolSettingsStore {
  private readonly table = new MemoryTable<SchoolSettings>();

  async get(tenantId: string): Promise<Versioned<SchoolSettings> | undefined> {
    return this.table.get(keys.settings(tenantId, "school"));
  }

  async put(tenantId: string, settings: SchoolSettings, etag: string | undefined): Promise<void> {
    versionedPut(this.table, keys.settings(tenantId, "school"), settings, etag, "school settings");
  }
}

export class MemorySnoozeStore implements SnoozeStore {
  private readonly table = new MemoryTable<Snooze>();

  async save(snooze: Snooze): Promise<void> {
    this.table.upsert(keys.snoozes(snooze.tenantId, snooze.mentorId, snooze.studentId), snooze);
  }

  async get(tenantId: string, mentorId: string, studentId: string): Promise<Snooze | undefined> {
    return this.table.get(keys.snoozes(tenantId, mentorId, studentId))?.value;
  }

  async listMentor(tenantId: string, mentorId: string): Promise<Snooze[]> {
    return this.table.list(keys.snoozes(tenantId, mentorId, "").partitionKey);
  }
}

export class MemoryDigestStore implements DigestStore {
  private readonly table = new MemoryTable<DigestEntry>();

  async add(entry: DigestEntry): Promise<void> {
    this.table.upsert(keys.digestEntries(entry.tenantId, entry.mentorId, entry.flagId), entry);
  }

  async listPending(tenantId: string): Promise<DigestEntry[]> {
    return this.table.list(keys.digestEntries(tenantId, "", "").partitionKey);
  }

  async remove(tenantId: string, mentorId: string, flagId: string): Promise<void> {
    this.table.delete(keys.digestEntries(tenantId, mentorId, flagId));
  }
}
