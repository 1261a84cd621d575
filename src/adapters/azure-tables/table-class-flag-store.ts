import type { TableClient } from "@azure/data-tables";
import { z } from "zod";
import type { ClassClimateFlag } from "../../domain/scoring/class-climate-flag.js";
import { DIMENSIONS } from "../../domain/survey/question.js";
import type { Versioned } from "../../ports/case-stores.js";
import type { ClassFlagStore } from "../../ports/class-flag-store.js";
import { keys } from "./keys.js";
import { rowCodec } from "./row-codec.js";
import { queryPartition, readRow } from "./table-ops.js";
import { TABLES } from "./table-names.js";
import { versionedPut } from "./versioned-put.js";

const signalSchema = z.object({
  dimension: z.enum(DIMENSIONS),
  roundId: z.string(),
  value: z.number(),
  baseline: z.number(),
  respondents: z.number().int(),
});

// `signals` is a JSON column: at most nine small objects (one per dimension), far below the 64 KiB string limit.
const codec = rowCodec<ClassClimateFlag>(
  TABLES.flags,
  z.object({
    tenantId: z.string(),
    classId: z.string(),
    flagId: z.string(),
    roundId: z.string(),
    signals: z.array(signalSchema),
    status: z.enum(["open", "resolved"]),
    raisedAt: z.string(),
    updatedAt: z.string(),
    resolvedAt: z.string().optional(),
  }),
  ["signals"],
);

/** Class climate flags in the flags table, one partition per class (keys.classFlags). */
export class TableClassFlagStore implements ClassFlagStore {
  constructor(private readonly client: TableClient) {}

  async get(tenantId: string, classId: string, flagId: string): Promise<Versioned<ClassClimateFlag> | undefined> {
    const row = await readRow(this.client, keys.classFlags(tenantId, classId, flagId));
    return row && { value: codec.fromRow(row), etag: row.etag };
  }

  async put(flag: ClassClimateFlag, etag: string | undefined): Promise<void> {
    const key = keys.classFlags(flag.tenantId, flag.classId, flag.flagId);
    await versionedPut(this.client, key, codec.toRow(flag), etag, "class flag");
  }

  async listClass(tenantId: string, classId: string): Promise<ClassClimateFlag[]> {
    const rows = await queryPartition(this.client, keys.classFlags(tenantId, classId, "").partitionKey);
    return rows.map((row) => codec.fromRow(row)).sort((a, b) => b.raisedAt.localeCompare(a.raisedAt));
  }
}
