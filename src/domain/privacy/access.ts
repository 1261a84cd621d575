import type { MemberRole } from "../school/school.js";

/**
 * Who may see what (DESIGN §6, trust.md §1.4). Pure and deny-by-default: every API route asks one of these
 * functions, with facts the use case read from storage, so the rules live in one vetted place (ASVS 4.2.5).
 */

/** The signed-in person, built from a validated token's `tid` + `oid` and the school's own tables. */
export interface Actor {
  tenantId: string;
  userId: string;
  /** Classes the actor belongs to, with their role there (team member = student, owner = teacher). */
  classes: ReadonlyArray<{ classId: string; role: MemberRole }>;
  /** True when at least one student is assigned to the actor (MentorshipStore). */
  isMentor: boolean;
  isCoordinator: boolean;
}

export const ROLES = ["student", "teacher", "mentor", "coordinator"] as const;
export type Role = (typeof ROLES)[number];

/** The roles an actor holds, in a stable order, for the tab to choose its views. */
export function rolesOf(actor: Actor): Role[] {
  const roles: Role[] = [];
  if (actor.classes.some((c) => c.role === "student")) roles.push("student");
  if (actor.classes.some((c) => c.role === "teacher")) roles.push("teacher");
  if (actor.isMentor) roles.push("mentor");
  if (actor.isCoordinator) roles.push("coordinator");
  return roles;
}

/** How an actor may see one student's record; "none" is answered 404 so existence stays private. */
export type StudentAccess = "self" | "mentor" | "none";

/**
 * A student sees only their own data; staff see a student only as one of that student's mentors. Being the
 * student's teacher or a coordinator is not enough: they see aggregates only.
 */
export function studentAccess(actor: Actor, studentId: string, mentorIdsOfStudent: readonly string[]): StudentAccess {
  if (actor.userId === studentId) return "self";
  if (mentorIdsOfStudent.includes(actor.userId)) return "mentor";
  return "none";
}

/** Staff reads are audited; a student reading their own data is not a staff read. */
export function isAuditedRead(access: StudentAccess): boolean {
  return access === "mentor";
}

/** Only one of the student's mentors may assign an Action Card to them. */
export function canAssignCase(actor: Actor, studentId: string, mentorIdsOfStudent: readonly string[]): boolean {
  return studentAccess(actor, studentId, mentorIdsOfStudent) === "mentor";
}

/**
 * A case may go to the assigning mentor or to another of the student's support staff (mentor, counsellor, SPS,
 * coach...), never to someone with no relation to the student, who would then gain access to their record.
 */
export function canOwnCase(ownerId: string, mentorIdsOfStudent: readonly string[]): boolean {
  return mentorIdsOfStudent.includes(ownerId);
}

/** How an actor may see a class: teachers of that class and coordinators see aggregates (k >= 5) only. */
export type ClassAccess = "teacher" | "coordinator" | "none";

export function classAccess(actor: Actor, classId: string): ClassAccess {
  if (actor.classes.some((c) => c.classId === classId && c.role === "teacher")) return "teacher";
  if (actor.isCoordinator) return "coordinator";
  return "none";
}

/** Opening a check-in posts into the class: only its teachers may do that. */
export function canOpenCheckIn(actor: Actor, classId: string): boolean {
  return classAccess(actor, classId) === "teacher";
}

/** Erasure, exclusion and the audit log are the coordinator's: the school's controller acts through them. */
export function canManageStudentData(actor: Actor): boolean {
  return actor.isCoordinator;
}

/** An export goes to the coordinator (for the school's answer to an access request) or to the student themself. */
export function canExportStudent(actor: Actor, studentId: string): boolean {
  return actor.isCoordinator || actor.userId === studentId;
}
