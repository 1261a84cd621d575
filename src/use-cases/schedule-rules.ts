import { classAccess, type Actor } from "../domain/privacy/access.js";
import type { Schedule, ScheduleInput } from "../domain/schedule/schedule.js";
import { schedulesMeet } from "../domain/schedule/target.js";
import { validateSchedule, type ScheduleProblem } from "../domain/schedule/validate-schedule.js";
import type { Stores } from "../ports/stores.js";
import { knownQuestionSetIds } from "./load-question-set.js";

/** Why a schedule change was refused; `invalid` carries the problems the tab shows, localized by code. */
export type ScheduleRefusal =
  | { ok: false; reason: "forbidden" | "notFound" | "unknownClass" | "conflict" }
  | { ok: false; reason: "invalid"; problems: ScheduleProblem[] };

/** A class's teachers manage its schedules; a coordinator manages every class's (access.ts classAccess). */
export function canManageSchedules(actor: Actor, classId: string): boolean {
  return classAccess(actor, classId) !== "none";
}

/** A school-wide schedule is the coordinator's alone; a class schedule its teachers' and the coordinator's. */
export function canManageSchedule(actor: Actor, schedule: Pick<ScheduleInput, "classId" | "target">): boolean {
  if (schedule.target) return actor.isCoordinator;
  return schedule.classId !== undefined && canManageSchedules(actor, schedule.classId);
}

/** Whether the actor may see a stored schedule at all: a class's teachers see the school-wide ones reaching it. */
export function canSeeSchedule(actor: Actor, schedule: Schedule): boolean {
  return canManageSchedule(actor, schedule) || (!!schedule.target && actor.classes.some((c) => c.role === "teacher"));
}

/**
 * Checks a new or edited schedule: its class (or every listed class) must exist and be installed, the actor may
 * manage it, and the domain rules hold against every other schedule that can reach one of the same classes, class
 * or school-wide (overlaps). Returns undefined when it may be stored.
 */
export async function refuseSchedule(
  stores: Pick<Stores, "classes" | "schedules" | "questionSets">,
  actor: Actor,
  input: ScheduleInput,
  editing?: string,
): Promise<ScheduleRefusal | undefined> {
  if (!canManageSchedule(actor, input)) return { ok: false, reason: "forbidden" };
  const [classes, stored] = await Promise.all([
    stores.classes.list(actor.tenantId),
    stores.schedules.list(actor.tenantId),
  ]);
  const installed = new Set(classes.filter((c) => c.installed).map((c) => c.classId));
  const named = input.target?.kind === "classes" ? input.target.classIds : input.classId ? [input.classId] : [];
  if (!named.every((id) => installed.has(id))) return { ok: false, reason: "unknownClass" };
  const others = stored.map((s) => s.value).filter((s) => s.scheduleId !== editing && schedulesMeet(input, s, classes));
  const problems = validateSchedule(input, {
    questionSetIds: await knownQuestionSetIds(stores, actor.tenantId),
    otherSchedules: others,
  });
  return problems.length ? { ok: false, reason: "invalid", problems } : undefined;
}
