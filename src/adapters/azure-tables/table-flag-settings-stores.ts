import type { TableClient } from "@azure/data-tables";
import { z } from "zod";
import { thresholdsSchema, type SchoolSettings } from "../../domain/scoring/school-settings.js";
import type { Versioned } from "../../ports/case-stores.js";
import type { DigestEntry, DigestStore, SchoolSettingsStore, Snooze, SnoozeStore } from "../../ports/flag-settings.js";
import { keys } from "./keys.js";
import { rowCodec } from "./row-codec.js";
import { queryPartition, readRow } from "./table-ops.js";
import { TABLES } from "./table-names.js";
import { versionedPut } from "./versioned-put.js";

const SCHOOL_ROW = "school";

const settingsCodec = rowCodec<SchoolSettings>(
  TABLES.settings,
  z.object({
    thresholds: thresholdsSchema,
    digestHour: z.number().int(),
    timeZone: z.string(),
    reminderHours: z.number().int().optional(),
  }),
  ["thresholds"],
);
const snoozeCodec = rowCodec<Snooze>(
  TABLES.settings,
  z.object({ tenantId: z.string(), mentorId: z.string(), studentId: z.string(), until: z.string() }),
  [],
);
const digestCodec = rowCodec<DigestEntry>(
  TABLES.settings,
  z.object({
    tenantId: z.string(),
    mentorId: z.string(),
    studentId: z.string(),
    classId: z.string(),
    flagId: z.string(),
    addedAt: z.string(),
  }),
  [],
);

/** The school's settings row in the settings table (DESIGN §4 `settings`). */
export class TableSchoolSettingsStore implements SchoolSettingsStore {
  constructor(private readonly client: TableClient) {}

  async get(tenantId: string): Promise<Versioned<SchoolSettings> | undefined> {
    const row = await readRow(this.client, keys.settings(tenantId, SCHOOL_ROW));
    return row && { value: settingsCodec.fromRow(row), etag: row.etag };
  }

  async put(tenantId: string, settings: SchoolSettings, etag: string | undefined): Promise<void> {
    const key = keys.settings(tenantId, SCHOOL_ROW);
    await versionedPut(this.client, key, settingsCodec.toRow(settings), etag, "school settings");
  }
}

/** Snoozes in the mentor's partition of the settings table. */
export class TableSnoozeStore implements SnoozeStore {
  constructor(private readonly client: TableClient) {}

  async save(snooze: Snooze): Promise<void> {
    const key = keys.snoozes(snooze.tenantId, snooze.mentorId, snooze.studentId);
    await this.client.upsertEntity({ ...snoozeCodec.toRow(snooze), ...key }, "Replace");
  }

  async get(tenantId: string, mentorId: string, studentId: string): Promise<Snooze | undefined> {
    const row = await readRow(this.client, keys.snoozes(tenantId, mentorId, studentId));
    return row && snoozeCodec.fromRow(row);
  }

  async listMentor(tenantId: string, mentorId: string): Promise<Snooze[]> {
    const rows = await queryPartition(this.client, keys.snoozes(tenantId, mentorId, "").partitionKey);
    return rows.map((row) => snoozeCodec.fromRow(row));
  }
}

/** Pending digest entries: one partition per tenant in the settings table. */
export class TableDigestStore implements DigestStore {
  constructor(private readonly client: TableClient) {}

  async add(entry: DigestEntry): Promise<void> {
    const key = keys.digestEntries(entry.tenantId, entry.mentorId, entry.flagId);
    await this.client.upsertEntity({ ...digestCodec.toRow(entry), ...key }, "Replace");
  }

  async listPending(tenantId: string): Promise<DigestEntry[]> {
    const rows = await queryPartition(this.client, keys.digestEntries(tenantId, "", "").partitionKey);
    return rows.map((row) => digestCodec.fromRow(row));
  }

  async remove(tenantId: string, mentorId: string, flagId: string): Promise<void> {
    const key = keys.digestEntries(tenantId, mentorId, flagId);
    try {
      // unconditional: the entry was listed in a digest already sent (or found stale); whichever version is there
      // now is done with, as the digest showed the flag's current reasons when it was rendered.
      await this.client.deleteEntity(key.partitionKey, key.rowKey, { etag: "*" });
    } catch (error) {
      if ((error as { statusCode?: unknown }).statusCode !== 404) throw error; // already gone: removed
    }
  }
}
