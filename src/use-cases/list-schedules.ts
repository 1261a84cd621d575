import { nextOccurrence } from "../domain/schedule/occurrence.js";
import type { Actor } from "../domain/privacy/access.js";
import type { Schedule } from "../domain/schedule/schedule.js";
import { targetsClass } from "../domain/schedule/target.js";
import type { Clock } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";
import type { StoredSchedule } from "../ports/schedule-store.js";
import { canManageSchedules } from "./schedule-rules.js";

/** A schedule as the editor shows it: when it next opens a round, and the ETag an edit must send back. */
export type ListedSchedule = Schedule & { nextOpensAt?: string; etag: string };

function listed(stored: StoredSchedule, now: Date): ListedSchedule {
  const s = stored.value;
  const next = s.paused ? undefined : nextOccurrence(s, now);
  return { ...s, etag: stored.etag, ...(next ? { nextOpensAt: next.opensAt.toISOString() } : {}) };
}

/**
 * A class's schedules for the tab's editor: its own, then the school-wide ones that reach it (shown read-only
 * to its teachers, so they see why a time is taken).
 */
export async function listSchedules(
  deps: { stores: Stores; clock: Clock },
  actor: Actor,
  classId: string,
): Promise<{ ok: true; schedules: ListedSchedule[] } | { ok: false; reason: "forbidden" }> {
  if (!canManageSchedules(actor, classId)) return { ok: false, reason: "forbidden" };
  const now = deps.clock.now();
  const [stored, schoolClass] = await Promise.all([
    deps.stores.schedules.list(actor.tenantId),
    deps.stores.classes.get(actor.tenantId, classId),
  ]);
  const reaches = (s: Schedule) => (s.target ? !!schoolClass && targetsClass(s, schoolClass) : s.classId === classId);
  const mine = stored.filter((s) => reaches(s.value)).map((s) => listed(s, now));
  return { ok: true, schedules: [...mine.filter((s) => !s.target), ...mine.filter((s) => s.target)] };
}

/** The classes a school-wide target can name (installed ones), for the coordinator's picker. */
export interface TargetClassView {
  classId: string;
  name: string;
  programme: string;
}

/** The coordinator's school-wide schedules and the school's installed classes, for the School view. */
export async function listSchoolSchedules(
  deps: { stores: Stores; clock: Clock },
  actor: Actor,
): Promise<{ ok: true; schedules: ListedSchedule[]; classes: TargetClassView[] } | { ok: false; reason: "forbidden" }> {
  if (!actor.isCoordinator) return { ok: false, reason: "forbidden" };
  const now = deps.clock.now();
  const [stored, classes] = await Promise.all([
    deps.stores.schedules.list(actor.tenantId),
    deps.stores.classes.list(actor.tenantId),
  ]);
  return {
    ok: true,
    schedules: stored.filter((s) => s.value.target).map((s) => listed(s, now)),
    classes: classes
      .filter((c) => c.installed)
      .map(({ classId, name, programme }) => ({ classId, name, programme }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
