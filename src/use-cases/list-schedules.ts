import { nextOccurrence } from "../domain/schedule/occurrence.js";
import type { Actor } from "../domain/privacy/access.js";
import type { Schedule } from "../domain/schedule/schedule.js";
import type { Clock } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";
import { canManageSchedules } from "./schedule-rules.js";

/** A class's schedules with when each next opens a round, for the tab's editor. */
export async function listSchedules(
  deps: { stores: Stores; clock: Clock },
  actor: Actor,
  classId: string,
): Promise<{ ok: true; schedules: Array<Schedule & { nextOpensAt?: string }> } | { ok: false; reason: "forbidden" }> {
  if (!canManageSchedules(actor, classId)) return { ok: false, reason: "forbidden" };
  const now = deps.clock.now();
  const schedules = (await deps.stores.schedules.list(actor.tenantId))
    .map((s) => s.value)
    .filter((s) => s.classId === classId)
    .map((s) => {
      const next = s.paused ? undefined : nextOccurrence(s, now);
      return { ...s, ...(next ? { nextOpensAt: next.opensAt.toISOString() } : {}) };
    });
  return { ok: true, schedules };
}
