import type { TableClient } from "@azure/data-tables";
import type { StaffMember } from "../../domain/school/school.js";
import type { StaffStore } from "../../ports/school-directory.js";
import { staffSchema } from "./school-schemas.js";
import { keys } from "./keys.js";
import { rowCodec } from "./row-codec.js";
import { queryPartition, readRow } from "./table-ops.js";
import { TABLES } from "./table-names.js";

const codec = rowCodec(TABLES.staff, staffSchema, []);

/** The school's staff directory, one partition per tenant. */
export class TableStaffStore implements StaffStore {
  constructor(private readonly client: TableClient) {}

  async save(staff: StaffMember): Promise<void> {
    // A whole-record write from the directory or a coordinator: last writer wins by design.
    await this.client.upsertEntity({ ...codec.toRow(staff), ...keys.staff(staff.tenantId, staff.userId) }, "Replace");
  }

  async get(tenantId: string, userId: string): Promise<StaffMember | undefined> {
    const row = await readRow(this.client, keys.staff(tenantId, userId));
    return row && codec.fromRow(row);
  }

  async list(tenantId: string): Promise<StaffMember[]> {
    const rows = await queryPartition(this.client, keys.staff(tenantId, "").partitionKey);
    return rows.map((row) => codec.fromRow(row));
  }
}
