import type { Actor } from "../domain/privacy/access.js";
import type { Schedule, ScheduleInput } from "../domain/schedule/schedule.js";
import { ConcurrentChangeError } from "../ports/case-stores.js";
import type { Clock } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";
import type { ScheduleResult } from "./create-schedule.js";
import { canManageSchedules, refuseSchedule } from "./schedule-rules.js";

/**
 * Edits a schedule (or only pauses/resumes it with `change.paused`). The write carries the ETag read here, so two
 * people editing at once get a conflict instead of a silent overwrite. Rounds already open keep their settings.
 */
export async function updateSchedule(
  deps: { stores: Stores; clock: Clock },
  actor: Actor,
  scheduleId: string,
  change: { input?: ScheduleInput; paused?: boolean },
): Promise<ScheduleResult> {
  const stored = await deps.stores.schedules.get(actor.tenantId, scheduleId);
  if (!stored) return { ok: false, reason: "notFound" };
  if (!canManageSchedules(actor, stored.value.classId)) return { ok: false, reason: "notFound" };
  if (change.input) {
    const refused = await refuseSchedule(deps.stores, actor, change.input, scheduleId);
    if (refused) return refused;
  }
  const schedule: Schedule = {
    ...stored.value,
    ...change.input,
    ...(change.paused !== undefined ? { paused: change.paused } : {}),
    updatedBy: actor.userId,
    updatedAt: deps.clock.now().toISOString(),
  };
  try {
    await deps.stores.schedules.put(schedule, stored.etag);
  } catch (error) {
    if (error instanceof ConcurrentChangeError) return { ok: false, reason: "conflict" };
    throw error;
  }
  return { ok: true, schedule };
}
