import type { SchoolSettings } from "../domain/scoring/school-settings.js";
import type { Versioned } from "./case-stores.js";

/** A school's rule thresholds and digest settings: one row per tenant. */
export interface SchoolSettingsStore {
  get(tenantId: string): Promise<Versioned<SchoolSettings> | undefined>;
  /** Inserts when etag is undefined, else replaces if unchanged; throws ConcurrentChangeError. */
  put(tenantId: string, settings: SchoolSettings, etag: string | undefined): Promise<void>;
}

/** A mentor asked not to hear about one student until `until` (ISO time). */
export interface Snooze {
  tenantId: string;
  mentorId: string;
  studentId: string;
  until: string;
}

/** Snoozes in the mentor's partition: a digest reads all of one mentor's in one query. */
export interface SnoozeStore {
  /** Upsert: snoozing again replaces the end time. */
  save(snooze: Snooze): Promise<void>;
  get(tenantId: string, mentorId: string, studentId: string): Promise<Snooze | undefined>;
  listMentor(tenantId: string, mentorId: string): Promise<Snooze[]>;
}

/** One flag waiting for a mentor's next daily digest. */
export interface DigestEntry {
  tenantId: string;
  mentorId: string;
  studentId: string;
  classId: string;
  flagId: string;
  addedAt: string;
}

/**
 * Pending digest entries in one partition per tenant, so the digest run is one query per school, never a scan.
 * Keyed by mentor and flag: a flag is at most once in a mentor's next digest.
 */
export interface DigestStore {
  add(entry: DigestEntry): Promise<void>;
  listPending(tenantId: string): Promise<DigestEntry[]>;
  remove(tenantId: string, mentorId: string, flagId: string): Promise<void>;
}
