import type { Actor } from "../domain/privacy/access.js";
import type { Stores } from "../ports/stores.js";
import { canManageSchedule, canSeeSchedule } from "./schedule-rules.js";

/** Deletes a schedule; its past and open rounds stay (they are the class's history). */
export async function deleteSchedule(
  deps: { stores: Stores },
  actor: Actor,
  scheduleId: string,
  etag?: string,
): Promise<{ ok: true } | { ok: false; reason: "notFound" | "forbidden" | "conflict" }> {
  const stored = await deps.stores.schedules.get(actor.tenantId, scheduleId);
  if (!stored || !canSeeSchedule(actor, stored.value)) return { ok: false, reason: "notFound" };
  if (!canManageSchedule(actor, stored.value)) return { ok: false, reason: "forbidden" };
  // Deleting a copy someone else has changed since would throw away a change its author expects to stand.
  if (etag !== undefined && etag !== stored.etag) return { ok: false, reason: "conflict" };
  await deps.stores.schedules.delete(actor.tenantId, scheduleId);
  return { ok: true };
}
