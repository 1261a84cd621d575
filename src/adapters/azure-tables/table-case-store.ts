import type { TableClient } from "@azure/data-tables";
import type { Case } from "../../domain/action-cards/case.js";
import { ConcurrentChangeError, type CaseStore, type Versioned } from "../../ports/case-stores.js";
import { caseSchema } from "./case-schemas.js";
import { keys } from "./keys.js";
import { rowCodec, VERSION_COLUMN } from "./row-codec.js";
import {
  dropCopy,
  insertRow,
  isRemovedCopy,
  queryPartition,
  readRow,
  replaceRow,
  syncCopy,
  versionOf,
} from "./table-ops.js";
import { TABLES } from "./table-names.js";

// `stepsDone` is a JSON column of at most six step numbers; `notes` at most MAX_NOTES short notes.
const codec = rowCodec(TABLES.cases, caseSchema, ["stepsDone", "notes"]);

/**
 * Cases in the student's partition (the truth, updated with its ETag) plus a copy in the owner's partition, so "my
 * cases" is one query. The two partitions cannot share a transaction, so the student row carries a version and the
 * owner copy only moves forward; a changed owner moves the copy.
 */
export class TableCaseStore implements CaseStore {
  constructor(private readonly client: TableClient) {}

  async create(value: Case): Promise<void> {
    const key = keys.cases(value.tenantId, value.studentId, value.caseId);
    // Idempotent by case id: a retried create finds the row and only makes sure the owner copy exists.
    if (!(await insertRow(this.client, key, { ...codec.toRow(value), [VERSION_COLUMN]: 1 }))) {
      const stored = await readRow(this.client, key);
      if (stored) await this.syncOwnerCopy(codec.fromRow(stored), versionOf(stored));
      return;
    }
    await this.syncOwnerCopy(value, 1);
  }

  async get(tenantId: string, studentId: string, caseId: string): Promise<Versioned<Case> | undefined> {
    const row = await readRow(this.client, keys.cases(tenantId, studentId, caseId));
    return row && { value: codec.fromRow(row), etag: row.etag };
  }

  async update(value: Case, etag: string): Promise<void> {
    const key = keys.cases(value.tenantId, value.studentId, value.caseId);
    // Read first only to learn the previous owner; the ETag-guarded replace below is what decides the race.
    const before = await readRow(this.client, key);
    if (!before || before.etag !== etag) throw new ConcurrentChangeError("case");
    const version = versionOf(before) + 1;
    if (!(await replaceRow(this.client, key, { ...codec.toRow(value), [VERSION_COLUMN]: version }, etag))) {
      throw new ConcurrentChangeError("case");
    }
    await this.syncOwnerCopy(value, version);
    const previousOwner = codec.fromRow(before).ownerId;
    if (previousOwner !== value.ownerId) {
      await dropCopy(this.client, keys.casesByOwner(value.tenantId, previousOwner, value.caseId), version);
    }
  }

  async listStudent(tenantId: string, studentId: string): Promise<Case[]> {
    const rows = await queryPartition(this.client, keys.cases(tenantId, studentId, "").partitionKey);
    return rows.map((row) => codec.fromRow(row));
  }

  async listOwner(tenantId: string, ownerId: string): Promise<Case[]> {
    const rows = await queryPartition(this.client, keys.casesByOwner(tenantId, ownerId, "").partitionKey);
    return rows.filter((row) => !isRemovedCopy(row)).map((row) => codec.fromRow(row));
  }

  private async syncOwnerCopy(value: Case, version: number): Promise<void> {
    const key = keys.casesByOwner(value.tenantId, value.ownerId, value.caseId);
    await syncCopy(this.client, key, codec.toRow(value), version);
  }
}
