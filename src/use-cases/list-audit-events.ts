import { canManageStudentData, type Actor } from "../domain/privacy/access.js";
import type { AuditEvent } from "../ports/case-stores.js";
import type { Stores } from "../ports/stores.js";

export type AuditListResult = { ok: true; events: AuditEvent[] } | { ok: false; error: "forbidden" };

/** One UTC day of the school's audit trail (who read or changed which student's data), for the coordinator only. */
export async function listAuditEvents(
  deps: { stores: Pick<Stores, "audit"> },
  actor: Actor,
  day: string,
): Promise<AuditListResult> {
  if (!canManageStudentData(actor)) return { ok: false, error: "forbidden" };
  return { ok: true, events: await deps.stores.audit.listDay(actor.tenantId, day) };
}
