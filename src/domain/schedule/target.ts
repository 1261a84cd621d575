import type { Schedule, ScheduleInput } from "./schedule.js";

/** The facts about a class that decide whether a school-wide schedule reaches it. */
export interface TargetableClass {
  classId: string;
  programme: string;
  installed: boolean;
}

/** True for a coordinator's schedule over the school, a programme or a list of classes. */
export function isSchoolWide(schedule: Pick<ScheduleInput, "target">): boolean {
  return schedule.target !== undefined;
}

/** Whether a schedule sends to a class (installed or not: the scheduler checks installation itself). */
export function targetsClass(
  schedule: Pick<ScheduleInput, "classId" | "target">,
  schoolClass: Pick<TargetableClass, "classId" | "programme">,
): boolean {
  const target = schedule.target;
  if (!target) return schedule.classId === schoolClass.classId;
  switch (target.kind) {
    case "school":
      return true;
    case "programme":
      return target.programme === schoolClass.programme;
    case "classes":
      return target.classIds.includes(schoolClass.classId);
  }
}

/** The installed classes a schedule opens rounds in now. */
export function targetedClasses<C extends TargetableClass>(schedule: Schedule, classes: readonly C[]): C[] {
  return classes.filter((c) => c.installed && targetsClass(schedule, c));
}

/**
 * Whether two schedules can ever reach the same class, so their rounds must not overlap. Two school-wide
 * targets that can grow (the school, the same programme) meet even before a class of theirs is installed.
 */
export function schedulesMeet(
  a: Pick<ScheduleInput, "classId" | "target">,
  b: Pick<ScheduleInput, "classId" | "target">,
  classes: readonly Pick<TargetableClass, "classId" | "programme">[],
): boolean {
  if (a.target?.kind === "school" && b.target) return true;
  if (b.target?.kind === "school" && a.target) return true;
  if (a.target?.kind === "programme" && b.target?.kind === "programme")
    return a.target.programme === b.target.programme;
  if (!a.target && !b.target) return a.classId === b.classId;
  const known = [
    ...classes,
    ...[a.classId, b.classId].filter((id): id is string => !!id).map((classId) => ({ classId, programme: "" })),
    ...[a, b]
      .flatMap((s) => (s.target?.kind === "classes" ? s.target.classIds : []))
      .map((classId) => ({
        classId,
        programme: classes.find((c) => c.classId === classId)?.programme ?? "",
      })),
  ];
  return known.some((c) => targetsClass(a, c) && targetsClass(b, c));
}
