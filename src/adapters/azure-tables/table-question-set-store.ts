import type { TableClient } from "@azure/data-tables";
import { z } from "zod";
import { ConcurrentChangeError } from "../../ports/case-stores.js";
import type {
  QuestionSetChoices,
  QuestionSetStore,
  SchoolQuestionSet,
  StoredQuestionSet,
} from "../../ports/question-set-store.js";
import { keys } from "./keys.js";
import { rowCodec, type Row } from "./row-codec.js";
import { localized, text } from "./school-schemas.js";
import { deleteRow, hasStatus, queryPartition, readRow } from "./table-ops.js";
import { TABLES } from "./table-names.js";
import { versionedPut } from "./versioned-put.js";

/** The stored row: the set's fields flattened beside tenant and author (see school-schemas.ts on validating reads). */
const rowSchema = z.looseObject({
  tenantId: text,
  setId: text,
  name: localized(text),
  cadence: z.enum(["weekly", "fortnightly"]),
  fixed: z.array(text),
  rotating: z.array(z.array(text)),
  size: z.number(),
  updatedBy: text,
  updatedAt: text,
});
type SetRow = z.infer<typeof rowSchema>;

// name, fixed and rotating are JSON columns: at most 36 bank ids and four short names, far below 64 KiB.
const codec = rowCodec<SetRow>(TABLES.questionSets, rowSchema, ["name", "fixed", "rotating"]);

const toRow = ({ tenantId, set, updatedBy, updatedAt }: SchoolQuestionSet): Row =>
  codec.toRow({
    tenantId,
    setId: set.id,
    name: set.name,
    cadence: set.cadence,
    fixed: [...set.fixed],
    rotating: set.rotating.map((group) => [...group]),
    size: set.size,
    updatedBy,
    updatedAt,
  });

function fromRow(row: Row & { etag: string }): StoredQuestionSet {
  const { tenantId, setId, name, cadence, fixed, rotating, size, updatedBy, updatedAt } = codec.fromRow(row);
  return {
    value: { tenantId, set: { id: setId, name, cadence, fixed, rotating, size }, updatedBy, updatedAt },
    etag: row.etag,
  };
}

/** QuestionSetStore on Azure Tables: sets in the tenant's partition, choices in "<tenant>|choice". */
export class TableQuestionSetStore implements QuestionSetStore {
  constructor(private readonly client: TableClient) {}

  async get(tenantId: string, setId: string): Promise<StoredQuestionSet | undefined> {
    const row = await readRow(this.client, keys.questionSets(tenantId, setId));
    return row && fromRow(row);
  }

  async list(tenantId: string): Promise<StoredQuestionSet[]> {
    return (await queryPartition(this.client, keys.questionSets(tenantId, "").partitionKey)).map(fromRow);
  }

  async put(value: SchoolQuestionSet, etag?: string): Promise<void> {
    await versionedPut(
      this.client,
      keys.questionSets(value.tenantId, value.set.id),
      toRow(value),
      etag,
      "question set",
    );
  }

  async delete(tenantId: string, setId: string, etag: string): Promise<void> {
    // deleteRow answers false only on 412: the set was edited since the coordinator read it.
    if (!(await deleteRow(this.client, keys.questionSets(tenantId, setId), etag))) {
      throw new ConcurrentChangeError("question set");
    }
  }

  async choices(tenantId: string): Promise<QuestionSetChoices> {
    const rows = await queryPartition(this.client, keys.questionSetChoices(tenantId, undefined).partitionKey);
    const result: QuestionSetChoices = { classes: {} };
    for (const row of rows) {
      if (typeof row.setId !== "string") continue;
      if (typeof row.classId === "string") result.classes[row.classId] = row.setId;
      else if (row.rowKey === "school") result.schoolDefault = row.setId;
    }
    return result;
  }

  async choose(tenantId: string, classId: string | undefined, setId: string | undefined): Promise<void> {
    const key = keys.questionSetChoices(tenantId, classId);
    if (setId === undefined) {
      try {
        await this.client.deleteEntity(
          key.partitionKey,
          key.rowKey /* unconditional: clearing a choice is last-writer-wins, like setting one */,
        );
      } catch (error) {
        if (!hasStatus(error, 404)) throw error;
      }
      return;
    }
    // Last choice wins: one select per class, nothing to merge, so no ETag round trip.
    await this.client.upsertEntity({ ...key, setId, ...(classId === undefined ? {} : { classId }) }, "Replace");
  }
}
