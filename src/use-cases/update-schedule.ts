import type { Actor } from "../domain/privacy/access.js";
import type { Schedule, ScheduleInput } from "../domain/schedule/schedule.js";
import { ConcurrentChangeError } from "../ports/case-stores.js";
import type { Clock } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";
import type { ScheduleResult } from "./create-schedule.js";
import { canManageSchedule, canSeeSchedule, refuseSchedule } from "./schedule-rules.js";

/** An edit: new fields and/or a pause, and the ETag the editor last read (absent: whatever is stored now). */
export interface ScheduleChange {
  input?: ScheduleInput;
  paused?: boolean;
  etag?: string;
}

/**
 * Edits a schedule (or only pauses/resumes it with `change.paused`). An edit made on a stale copy (its ETag no
 * longer the stored one) is refused as a conflict, and the write carries the ETag read here, so two people
 * editing at once never overwrite each other silently. Rounds already opened keep their settings, and the round
 * of the current occurrence keeps its id (schedule + ISO week), so an edit never opens it a second time.
 */
export async function updateSchedule(
  deps: { stores: Stores; clock: Clock },
  actor: Actor,
  scheduleId: string,
  change: ScheduleChange,
): Promise<ScheduleResult> {
  const stored = await deps.stores.schedules.get(actor.tenantId, scheduleId);
  if (!stored || !canSeeSchedule(actor, stored.value)) return { ok: false, reason: "notFound" };
  // A teacher sees the school-wide schedules reaching their class but may not change them.
  if (!canManageSchedule(actor, stored.value)) return { ok: false, reason: "forbidden" };
  if (change.etag !== undefined && change.etag !== stored.etag) return { ok: false, reason: "conflict" };
  if (change.input) {
    // A schedule keeps what it is for: a class's stays that class's, a school-wide one stays school-wide.
    if (change.input.classId !== stored.value.classId || !change.input.target !== !stored.value.target)
      return { ok: false, reason: "invalid", problems: [{ field: "target", code: "invalidTarget" }] };
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
