import type { ActionCard } from "../domain/action-cards/action-card.js";
import type { Case } from "../domain/action-cards/case.js";
import type { Flag } from "../domain/scoring/flag.js";
import type { StudentState } from "../domain/scoring/student-state.js";

/** A value with the ETag it was read at; updates must present it (DESIGN §4). */
export interface Versioned<T> {
  value: T;
  etag: string;
}

/** Thrown by stores when an ETag no longer matches: someone else changed the row. */
export class ConcurrentChangeError extends Error {
  readonly code = "concurrentChange";
  constructor(what: string) {
    super(`${what} was changed by someone else`);
  }
}

export interface StudentStateStore {
  get(tenantId: string, classId: string, studentId: string): Promise<Versioned<StudentState> | undefined>;
  /** Inserts when etag is undefined, else replaces if the etag still matches; throws ConcurrentChangeError. */
  put(state: StudentState, etag: string | undefined): Promise<void>;
  listClass(tenantId: string, classId: string): Promise<StudentState[]>;
  /** The class's rows with their ETags, in one partition query (what a read-through snapshot of the class holds). */
  listClassVersioned(tenantId: string, classId: string): Promise<Array<Versioned<StudentState>>>;
}

export interface FlagStore {
  get(tenantId: string, studentId: string, flagId: string): Promise<Versioned<Flag> | undefined>;
  put(flag: Flag, etag: string | undefined): Promise<void>;
  listStudent(tenantId: string, studentId: string): Promise<Flag[]>;
}

export interface CaseStore {
  create(value: Case): Promise<void>;
  get(tenantId: string, studentId: string, caseId: string): Promise<Versioned<Case> | undefined>;
  update(value: Case, etag: string): Promise<void>;
  listStudent(tenantId: string, studentId: string): Promise<Case[]>;
  listOwner(tenantId: string, ownerId: string): Promise<Case[]>;
}

/** The school's Action Card library: built-in cards plus its own. */
export interface ActionCardStore {
  list(tenantId: string): Promise<ActionCard[]>;
  get(tenantId: string, cardId: string): Promise<ActionCard | undefined>;
  save(tenantId: string, card: ActionCard): Promise<void>;
}

export interface AuditEvent {
  tenantId: string;
  actorId: string;
  action: "read" | "change";
  subjectStudentId: string;
  what: string;
  at: string;
}

/** Append-only record of staff reads and changes of a student's data. */
export interface AuditLog {
  record(event: AuditEvent): Promise<void>;
  /**
   * Records several events at once (e.g. every student a list shows), all or none per storage batch: one
   * request per 100 events of the same tenant and day instead of one per event.
   */
  recordMany(events: AuditEvent[]): Promise<void>;
  listDay(tenantId: string, day: string): Promise<AuditEvent[]>;
}
