import { classAccess, type Actor } from "../domain/privacy/access.js";
import type { Schedule, ScheduleInput } from "../domain/schedule/schedule.js";
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

/**
 * Checks a new or edited schedule: the class must exist and be installed, the actor may manage it, and the
 * domain rules hold against the class's other schedules (overlaps). Returns undefined when it may be stored.
 */
export async function refuseSchedule(
  stores: Pick<Stores, "classes" | "schedules" | "questionSets">,
  actor: Actor,
  input: ScheduleInput,
  editing?: string,
): Promise<ScheduleRefusal | undefined> {
  if (!canManageSchedules(actor, input.classId)) return { ok: false, reason: "forbidden" };
  const schoolClass = await stores.classes.get(actor.tenantId, input.classId);
  if (!schoolClass?.installed) return { ok: false, reason: "unknownClass" };
  const others = (await stores.schedules.list(actor.tenantId))
    .map((s) => s.value)
    .filter((s: Schedule) => s.classId === input.classId && s.scheduleId !== editing);
  const problems = validateSchedule(input, {
    questionSetIds: await knownQuestionSetIds(stores, actor.tenantId),
    otherSchedules: others,
  });
  return problems.length ? { ok: false, reason: "invalid", problems } : undefined;
}
