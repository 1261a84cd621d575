import type { TableClient, TransactionAction } from "@azure/data-tables";
import type { ClassMember } from "../../domain/school/school.js";
import type { MemberStore } from "../../ports/school-directory.js";
import { classMemberSchema } from "./school-schemas.js";
import { keys } from "./keys.js";
import { rowCodec } from "./row-codec.js";
import { deleteRow, forEachLimited, queryPartition, readRow } from "./table-ops.js";
import { TABLES } from "./table-names.js";

const codec = rowCodec(TABLES.members, classMemberSchema, []);

/** Azure Tables allows at most 100 operations per transaction, all in one partition (toolchain.md gotcha 9). */
const BATCH_LIMIT = 100;

/** Inverse rows live in one partition per user, so they are written one by one, this many at a time. */
const PARALLEL_WRITES = 16;

/**
 * Rosters: a class partition (the roster in one query) plus an inverse row per member in a user partition (a user's
 * classes in one query). The roster comes from Teams and is authoritative, so rows are upserted, not compared.
 */
export class TableMemberStore implements MemberStore {
  constructor(private readonly client: TableClient) {}

  async replaceRoster(tenantId: string, classId: string, members: readonly ClassMember[]): Promise<void> {
    const partitionKey = keys.members(tenantId, classId, "").partitionKey;
    // One row per user (the last entry wins): a transaction may not touch the same row twice.
    const roster = [...new Map(members.map((m) => [m.userId, { ...m, tenantId, classId }])).values()];
    const current = await queryPartition(this.client, partitionKey);
    const staying = new Set(roster.map((m) => keys.members(tenantId, classId, m.userId).rowKey));
    const leavers = current.filter((row) => !staying.has(row.rowKey));
    const upserts = roster.map((m): TransactionAction => ["upsert", this.classRow(m), "Replace"]);
    for (let i = 0; i < upserts.length; i += BATCH_LIMIT) {
      await this.client.submitTransaction(upserts.slice(i, i + BATCH_LIMIT));
    }
    await forEachLimited(roster, PARALLEL_WRITES, (m) => this.upsertInverse(m));
    // Leavers one by one: a transaction's delete cannot carry an ETag, and each delete must (DESIGN §4). A leaver
    // re-added meanwhile (412) keeps both rows.
    await forEachLimited(leavers, PARALLEL_WRITES, async (row) => {
      if (!(await deleteRow(this.client, { partitionKey, rowKey: row.rowKey }, row.etag))) return;
      const inverse = keys.membersByUser(tenantId, codec.fromRow(row).userId, classId);
      const stored = await readRow(this.client, inverse);
      if (stored) await deleteRow(this.client, inverse, stored.etag);
    });
  }

  async upsert(member: ClassMember): Promise<void> {
    await this.client.upsertEntity(this.classRow(member), "Replace");
    await this.upsertInverse(member);
  }

  async list(tenantId: string, classId: string): Promise<ClassMember[]> {
    const rows = await queryPartition(this.client, keys.members(tenantId, classId, "").partitionKey);
    return rows.map((row) => codec.fromRow(row));
  }

  async get(tenantId: string, classId: string, userId: string): Promise<ClassMember | undefined> {
    const row = await readRow(this.client, keys.members(tenantId, classId, userId));
    return row && codec.fromRow(row);
  }

  async classesOf(tenantId: string, userId: string): Promise<ClassMember[]> {
    const rows = await queryPartition(this.client, keys.membersByUser(tenantId, userId, "").partitionKey);
    return rows.map((row) => codec.fromRow(row));
  }

  private classRow(member: ClassMember) {
    return { ...codec.toRow(member), ...keys.members(member.tenantId, member.classId, member.userId) };
  }

  private async upsertInverse(member: ClassMember): Promise<void> {
    const key = keys.membersByUser(member.tenantId, member.userId, member.classId);
    await this.client.upsertEntity({ ...codec.toRow(member), ...key }, "Replace");
  }
}
