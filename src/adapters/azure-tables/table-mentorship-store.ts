import type { TableClient } from "@azure/data-tables";
import type { Mentorship } from "../../domain/school/school.js";
import type { MentorshipStore } from "../../ports/school-directory.js";
import { mentorshipSchema } from "./school-schemas.js";
import { keys } from "./keys.js";
import { rowCodec } from "./row-codec.js";
import { queryPartition } from "./table-ops.js";
import { TABLES } from "./table-names.js";

const codec = rowCodec(TABLES.mentorships, mentorshipSchema, []);

/**
 * Mentorships stored in both directions: a mentor partition ("my students" in one query) and a student partition
 * (a student's mentors in one query). Saving is an idempotent upsert of both rows; the pair is the identity.
 */
export class TableMentorshipStore implements MentorshipStore {
  constructor(private readonly client: TableClient) {}

  async save(mentorship: Mentorship): Promise<void> {
    const row = codec.toRow(mentorship);
    const { tenantId, mentorId, studentId } = mentorship;
    await Promise.all([
      this.client.upsertEntity({ ...row, ...keys.mentorships(tenantId, mentorId, studentId) }, "Replace"),
      this.client.upsertEntity({ ...row, ...keys.mentorshipsByStudent(tenantId, studentId, mentorId) }, "Replace"),
    ]);
  }

  async studentsOf(tenantId: string, mentorId: string): Promise<Mentorship[]> {
    const rows = await queryPartition(this.client, keys.mentorships(tenantId, mentorId, "").partitionKey);
    return rows.map((row) => codec.fromRow(row));
  }

  async mentorsOf(tenantId: string, studentId: string): Promise<Mentorship[]> {
    const rows = await queryPartition(this.client, keys.mentorshipsByStudent(tenantId, studentId, "").partitionKey);
    return rows.map((row) => codec.fromRow(row));
  }
}
