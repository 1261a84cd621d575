import type { Actor } from "../domain/privacy/access.js";
import type { Schedule, ScheduleInput } from "../domain/schedule/schedule.js";
import type { Clock, IdGenerator } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";
import { refuseSchedule, type ScheduleRefusal } from "./schedule-rules.js";

export type ScheduleResult = { ok: true; schedule: Schedule } | ScheduleRefusal;

/** A teacher (for their class) or a coordinator creates a schedule; the scheduler opens its rounds from then on. */
export async function createSchedule(
  deps: { stores: Stores; clock: Clock; ids: IdGenerator },
  actor: Actor,
  input: ScheduleInput,
): Promise<ScheduleResult> {
  const refused = await refuseSchedule(deps.stores, actor, input);
  if (refused) return refused;
  const schedule: Schedule = {
    ...input,
    tenantId: actor.tenantId,
    scheduleId: `sch-${deps.ids.next()}`,
    paused: false,
    updatedBy: actor.userId,
    updatedAt: deps.clock.now().toISOString(),
  };
  await deps.stores.schedules.put(schedule);
  return { ok: true, schedule };
}
