import { canExportStudent, type Actor } from "../domain/privacy/access.js";
import type { Clock } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";

/** All of one student's data, table by table, as stored (GDPR Art. 15/20; trust.md P17). */
export interface StudentExport {
  studentId: string;
  exportedAt: string;
  tables: Record<string, Array<{ partitionKey: string; rowKey: string; data: Record<string, unknown> }>>;
}

export type ExportResult = { ok: true; export: StudentExport } | { ok: false; error: "notFound" | "unavailable" };

/**
 * Exports every row that names the student, for the coordinator or the student themself; anyone else gets
 * "notFound" (DESIGN §7). A coordinator's export is a staff read, so it is audited first.
 */
export async function exportStudentData(
  deps: { stores: Stores; clock: Clock },
  actor: Actor,
  studentId: string,
): Promise<ExportResult> {
  if (!canExportStudent(actor, studentId)) return { ok: false, error: "notFound" };
  const privacy = deps.stores.privacy;
  if (!privacy) return { ok: false, error: "unavailable" };
  const exportedAt = deps.clock.now().toISOString();
  if (actor.userId !== studentId) {
    await deps.stores.audit.record({
      tenantId: actor.tenantId,
      actorId: actor.userId,
      action: "read",
      subjectStudentId: studentId,
      what: "studentExport",
      at: exportedAt,
    });
  }
  const tables: StudentExport["tables"] = {};
  for (const row of await privacy.rowsAbout(actor.tenantId, studentId)) {
    (tables[row.table] ??= []).push({ partitionKey: row.partitionKey, rowKey: row.rowKey, data: row.data });
  }
  return { ok: true, export: { studentId, exportedAt, tables } };
}
