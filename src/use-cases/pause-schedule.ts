import type { Actor } from "../domain/privacy/access.js";
import type { Clock } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";
import type { ScheduleResult } from "./create-schedule.js";
import { updateSchedule } from "./update-schedule.js";

/**
 * Pauses (or resumes) a schedule: while paused the scheduler opens none of its rounds; open rounds run on. On
 * resume the round of an occurrence whose window is still open is opened at the next tick, unless it already was.
 */
export function pauseSchedule(
  deps: { stores: Stores; clock: Clock },
  actor: Actor,
  scheduleId: string,
  paused: boolean,
  etag?: string,
): Promise<ScheduleResult> {
  return updateSchedule(deps, actor, scheduleId, { paused, ...(etag !== undefined ? { etag } : {}) });
}
