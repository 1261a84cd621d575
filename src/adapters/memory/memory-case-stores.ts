import { randomUUID } from "node:crypto";
import type { ActionCard } from "../../domain/action-cards/action-card.js";
import type { Case } from "../../domain/action-cards/case.js";
import type { Flag } from "../../domain/scoring/flag.js";
import type { StudentState } from "../../domain/scoring/student-state.js";
import {
  ConcurrentChangeError,
  type ActionCardStore,
  type AuditEvent,
  type AuditLog,
  type CaseStore,
  type FlagStore,
  type StudentStateStore,
  type Versioned,
} from "../../ports/case-stores.js";
import type { SentNotificationLog } from "../../ports/notifications.js";
import { keys } from "../azure-tables/keys.js";
import { mergeLibrary } from "../azure-tables/merge-library.js";
import { MemoryTable, versionedPut } from "./memory-table.js";

/** In-memory StudentStateStore with ETag semantics. */
export class MemoryStudentStateStore implements StudentStateStore {
  private readonly table = new MemoryTable<StudentState>();

  async get(tenantId: string, classId: string, studentId: string): Promise<Versioned<StudentState> | undefined> {
    return this.table.get(keys.studentStatus(tenantId, classId, studentId));
  }
  async put(state: StudentState, etag: string | undefined): Promise<void> {
    versionedPut(
      this.table,
      keys.studentStatus(state.tenantId, state.classId, state.studentId),
      state,
      etag,
      "student state",
    );
  }
  async listClass(tenantId: string, classId: string): Promise<StudentState[]> {
    return this.table.list(keys.studentStatus(tenantId, classId, "").partitionKey);
  }
  async listClassVersioned(tenantId: string, classId: string): Promise<Array<Versioned<StudentState>>> {
    const states = await this.listClass(tenantId, classId);
    return states.flatMap((s) => this.table.get(keys.studentStatus(tenantId, classId, s.studentId)) ?? []);
  }
}

/** In-memory FlagStore with ETag semantics. */
export class MemoryFlagStore implements FlagStore {
  private readonly table = new MemoryTable<Flag>();

  async get(tenantId: string, studentId: string, flagId: string): Promise<Versioned<Flag> | undefined> {
    return this.table.get(keys.flags(tenantId, studentId, flagId));
  }
  async put(flag: Flag, etag: string | undefined): Promise<void> {
    versionedPut(this.table, keys.flags(flag.tenantId, flag.studentId, flag.flagId), flag, etag, "flag");
  }
  async listStudent(tenantId: string, studentId: string): Promise<Flag[]> {
    return this.table.list(keys.flags(tenantId, studentId, "").partitionKey);
  }
}

/** In-memory CaseStore: student rows with ETags plus an owner index that follows owner changes. */
export class MemoryCaseStore implements CaseStore {
  private readonly table = new MemoryTable<Case>();
  private readonly byOwner = new MemoryTable<Case>();

  async create(value: Case): Promise<void> {
    if (!this.table.insert(keys.cases(value.tenantId, value.studentId, value.caseId), value)) return;
    this.byOwner.upsert(keys.casesByOwner(value.tenantId, value.ownerId, value.caseId), value);
  }
  async get(tenantId: string, studentId: string, caseId: string): Promise<Versioned<Case> | undefined> {
    return this.table.get(keys.cases(tenantId, studentId, caseId));
  }
  async update(value: Case, etag: string): Promise<void> {
    const key = keys.cases(value.tenantId, value.studentId, value.caseId);
    const before = this.table.get(key);
    if (!before || !this.table.replace(key, value, etag)) throw new ConcurrentChangeError("case");
    this.byOwner.delete(keys.casesByOwner(value.tenantId, before.value.ownerId, value.caseId));
    this.byOwner.upsert(keys.casesByOwner(value.tenantId, value.ownerId, value.caseId), value);
  }
  async listStudent(tenantId: string, studentId: string): Promise<Case[]> {
    return this.table.list(keys.cases(tenantId, studentId, "").partitionKey);
  }
  async listOwner(tenantId: string, ownerId: string): Promise<Case[]> {
    return this.byOwner.list(keys.casesByOwner(tenantId, ownerId, "").partitionKey);
  }
}

/** In-memory ActionCardStore: the built-in library overlaid by the school's own cards. */
export class MemoryActionCardStore implements ActionCardStore {
  private readonly table = new MemoryTable<ActionCard>();

  async list(tenantId: string): Promise<ActionCard[]> {
    return mergeLibrary(this.table.list(keys.actionCards(tenantId, "").partitionKey));
  }
  async get(tenantId: string, cardId: string): Promise<ActionCard | undefined> {
    return (
      this.table.get(keys.actionCards(tenantId, cardId))?.value ??
      (await this.list(tenantId)).find((c) => c.cardId === cardId)
    );
  }
  async save(tenantId: string, card: ActionCard): Promise<void> {
    this.table.upsert(keys.actionCards(tenantId, card.cardId), { ...card, builtIn: false });
  }
}

/** In-memory AuditLog, newest first within a day. */
export class MemoryAuditLog implements AuditLog {
  private readonly table = new MemoryTable<AuditEvent>();

  async record(event: AuditEvent): Promise<void> {
    const day = new Date(event.at).toISOString().slice(0, 10);
    this.table.insert(keys.audit(event.tenantId, day, event.at, randomUUID()), event);
  }
  async recordMany(events: AuditEvent[]): Promise<void> {
    for (const event of events) await this.record(event);
  }
  async listDay(tenantId: string, day: string): Promise<AuditEvent[]> {
    return this.table.list(keys.audit(tenantId, day, `${day}T00:00:00Z`, "").partitionKey);
  }
}

/** In-memory SentNotificationLog: the first claim of a key wins. */
export class MemorySentNotificationLog implements SentNotificationLog {
  private readonly table = new MemoryTable<true>();

  async claim(tenantId: string, key: string): Promise<boolean> {
    return this.table.insert(keys.sentNotifications(tenantId, key), true);
  }
}
