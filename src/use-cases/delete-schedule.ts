import type { Actor } from "../domain/privacy/access.js";
import type { Stores } from "../ports/stores.js";
import { canManageSchedules } from "./schedule-rules.js";

/** Deletes a schedule; its past and open rounds stay (they are the class's history). Idempotent. */
export async function deleteSchedule(
  deps: { stores: Stores },
  actor: Actor,
  scheduleId: string,
): Promise<{ ok: true } | { ok: false; reason: "notFound" }> {
  const stored = await deps.stores.schedules.get(actor.tenantId, scheduleId);
  if (!stored || !canManageSchedules(actor, stored.value.classId)) return { ok: false, reason: "notFound" };
  await deps.stores.schedules.delete(actor.tenantId, scheduleId);
  return { ok: true };
}
