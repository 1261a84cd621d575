import { odata, type TableClient } from "@azure/data-tables";
import type { SchoolClass } from "../../domain/school/school.js";
import { ConcurrentChangeError } from "../../ports/case-stores.js";
import type { ClassStore } from "../../ports/school-directory.js";
import { schoolClassSchema } from "./school-schemas.js";
import { keys } from "./keys.js";
import { rowCodec, type Row } from "./row-codec.js";
import { OPTIMISTIC_RETRIES, queryPartition, readRow, replaceRow } from "./table-ops.js";
import { TABLES } from "./table-names.js";

const codec = rowCodec(TABLES.classes, schoolClassSchema, []);

/** Classes partitioned by tenant: a school's classes are one partition (DESIGN §4 `classes`). */
export class TableClassStore implements ClassStore {
  constructor(private readonly client: TableClient) {}

  async save(schoolClass: SchoolClass): Promise<void> {
    // Install events carry the whole class: last writer wins by design, nothing is read-modified-written here.
    await this.client.upsertEntity(
      { ...codec.toRow(schoolClass), ...keys.classes(schoolClass.tenantId, schoolClass.classId) },
      "Replace",
    );
  }

  async get(tenantId: string, classId: string): Promise<SchoolClass | undefined> {
    const row = await readRow(this.client, keys.classes(tenantId, classId));
    return row && codec.fromRow(row);
  }

  async findByTeamId(tenantId: string, teamId: string): Promise<SchoolClass | undefined> {
    // Single-partition query with a column filter: a school has at most a few hundred classes.
    const filter = odata`PartitionKey eq ${keys.classes(tenantId, "").partitionKey} and teamId eq ${teamId}`;
    for await (const row of this.client.listEntities<Row>({ queryOptions: { filter } })) return codec.fromRow(row);
    return undefined;
  }

  async list(tenantId: string): Promise<SchoolClass[]> {
    const rows = await queryPartition(this.client, keys.classes(tenantId, "").partitionKey);
    return rows.map((row) => codec.fromRow(row));
  }

  async markUninstalled(tenantId: string, classId: string): Promise<void> {
    const key = keys.classes(tenantId, classId);
    for (let attempt = 0; attempt < OPTIMISTIC_RETRIES; attempt++) {
      const row = await readRow(this.client, key);
      if (!row) return;
      const value = codec.fromRow(row);
      if (!value.installed) return;
      if (await replaceRow(this.client, key, codec.toRow({ ...value, installed: false }), row.etag)) return;
    }
    throw new ConcurrentChangeError("class");
  }
}
