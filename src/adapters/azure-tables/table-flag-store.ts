import type { TableClient } from "@azure/data-tables";
import type { Flag } from "../../domain/scoring/flag.js";
import type { FlagStore, Versioned } from "../../ports/case-stores.js";
import { flagSchema } from "./case-schemas.js";
import { keys } from "./keys.js";
import { rowCodec } from "./row-codec.js";
import { queryPartition, readRow } from "./table-ops.js";
import { TABLES } from "./table-names.js";
import { versionedPut } from "./versioned-put.js";

// `reasons` is a JSON column: a handful of small objects per flag, far below the 64 KiB string limit.
const codec = rowCodec(TABLES.flags, flagSchema, ["reasons"]);

/** Flags in the student's partition: a student's record is one query (DESIGN §4 `flags`). */
export class TableFlagStore implements FlagStore {
  constructor(private readonly client: TableClient) {}

  async get(tenantId: string, studentId: string, flagId: string): Promise<Versioned<Flag> | undefined> {
    const row = await readRow(this.client, keys.flags(tenantId, studentId, flagId));
    return row && { value: codec.fromRow(row), etag: row.etag };
  }

  async put(flag: Flag, etag: string | undefined): Promise<void> {
    const key = keys.flags(flag.tenantId, flag.studentId, flag.flagId);
    await versionedPut(this.client, key, codec.toRow(flag), etag, "flag");
  }

  async listStudent(tenantId: string, studentId: string): Promise<Flag[]> {
    const rows = await queryPartition(this.client, keys.flags(tenantId, studentId, "").partitionKey);
    return rows.map((row) => codec.fromRow(row));
  }
}
