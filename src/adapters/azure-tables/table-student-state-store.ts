import type { TableClient } from "@azure/data-tables";
import type { StudentState } from "../../domain/scoring/student-state.js";
import type { StudentStateStore, Versioned } from "../../ports/case-stores.js";
import { studentStateSchema } from "./case-schemas.js";
import { keys } from "./keys.js";
import { rowCodec } from "./row-codec.js";
import { queryPartition, readRow } from "./table-ops.js";
import { TABLES } from "./table-names.js";
import { versionedPut } from "./versioned-put.js";

// JSON columns stay small by construction: RECENT_VALUES_KEPT values per dimension; `trend` and `countedRounds` grow
// by one per round (a few KiB after years of weekly rounds, under the 64 KiB string limit; the codec guards it).
const codec = rowCodec(TABLES.studentStatus, studentStateSchema, ["recent", "trend", "countedRounds"]);

/** One row per class and student: the class list with flags is one partition (DESIGN §4 `studentstatus`). */
export class TableStudentStateStore implements StudentStateStore {
  constructor(private readonly client: TableClient) {}

  async get(tenantId: string, classId: string, studentId: string): Promise<Versioned<StudentState> | undefined> {
    const row = await readRow(this.client, keys.studentStatus(tenantId, classId, studentId));
    return row && { value: codec.fromRow(row), etag: row.etag };
  }

  async put(state: StudentState, etag: string | undefined): Promise<void> {
    const key = keys.studentStatus(state.tenantId, state.classId, state.studentId);
    await versionedPut(this.client, key, codec.toRow(state), etag, "student state");
  }

  async listClass(tenantId: string, classId: string): Promise<StudentState[]> {
    const rows = await queryPartition(this.client, keys.studentStatus(tenantId, classId, "").partitionKey);
    return rows.map((row) => codec.fromRow(row));
  }

  async listClassVersioned(tenantId: string, classId: string): Promise<Array<Versioned<StudentState>>> {
    const rows = await queryPartition(this.client, keys.studentStatus(tenantId, classId, "").partitionKey);
    return rows.map((row) => ({ value: codec.fromRow(row), etag: row.etag }));
  }
}
