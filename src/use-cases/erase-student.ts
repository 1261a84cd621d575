import { randomUUID } from "node:crypto";
import { canManageStudentData, type Actor } from "../domain/privacy/access.js";
import type { ExclusionReason } from "../ports/privacy-store.js";
import type { Clock } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";

/** What the coordinator keeps as proof: how many rows went from which table, and when. No identifier of the student. */
export interface ErasureReceipt {
  receiptId: string;
  reason: ExclusionReason;
  completedAt: string;
  rowsDeleted: Record<string, number>;
  totalRows: number;
}

export type EraseResult = { ok: true; receipt: ErasureReceipt } | { ok: false; error: "forbidden" | "unavailable" };

/**
 * The coordinator erases a student (an approved Art. 17 request or a gallring decision, trust.md §2.4), or keeps a
 * student with protected identity out of everything (P18): every row naming them goes, and a pseudonymous marker
 * stops late duplicates (a retried answer, a roster refresh, an install) from bringing anything back. Rows are
 * deleted again after the marker is set, catching writes that raced the first pass. The audit trail records the
 * erasure under the receipt id only.
 */
export async function eraseStudent(
  deps: { stores: Stores; clock: Clock },
  actor: Actor,
  studentId: string,
  reason: ExclusionReason = "erased",
): Promise<EraseResult> {
  if (!canManageStudentData(actor)) return { ok: false, error: "forbidden" };
  const privacy = deps.stores.privacy;
  if (!privacy) return { ok: false, error: "unavailable" };
  const { tenantId } = actor;
  const first = await privacy.deleteRowsAbout(tenantId, studentId);
  await privacy.exclude(tenantId, studentId, reason, deps.clock.now().toISOString());
  const second = await privacy.deleteRowsAbout(tenantId, studentId);
  const rowsDeleted: Record<string, number> = { ...first };
  for (const [table, count] of Object.entries(second)) rowsDeleted[table] = (rowsDeleted[table] ?? 0) + count;
  const receiptId = randomUUID();
  const completedAt = deps.clock.now().toISOString();
  await deps.stores.audit.record({
    tenantId,
    actorId: actor.userId,
    action: "change",
    subjectStudentId: `receipt:${receiptId}`,
    what: reason === "erased" ? "studentErased" : "studentExcluded",
    at: completedAt,
  });
  const totalRows = Object.values(rowsDeleted).reduce((a, b) => a + b, 0);
  return { ok: true, receipt: { receiptId, reason, completedAt, rowsDeleted, totalRows } };
}
