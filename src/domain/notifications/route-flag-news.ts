import type { Flag, FlagReason } from "../scoring/flag.js";
import type { Mentorship, MentorRole } from "../school/school.js";

/** Roles that hear about every flag of their students; the others hear only when a student asks for them. */
export const PRIMARY_ROLES: ReadonlySet<MentorRole> = new Set(["mentor", "contactTeacher"]);

/** A help target names a role the student wants to talk to. "mentor" and "anyone" mean the primary roles. */
const ROLES_BY_TARGET: Record<string, readonly MentorRole[]> = {
  counsellor: ["counsellor"],
  studyGuidance: ["studyGuidance"],
};

export type Urgency = "now" | "digest";

/**
 * Help requests, thoughts of dropping out, and a flag reaching severity 3 are told at once; everything else waits
 * for the mentor's daily digest (DESIGN §3), so a mentor with 25 students gets at most one card a day for them.
 */
export function urgencyOf(flag: Flag, fresh: readonly FlagReason[], previousSeverity: number): Urgency {
  if (fresh.some((r) => r.kind === "helpRequest" || r.kind === "dropoutThoughts")) return "now";
  return flag.severity === 3 && previousSeverity < 3 ? "now" : "digest";
}

/**
 * Who hears about this news: the student's primary mentors, plus, for a help request, the staff in the role the
 * student chose. A student with no primary mentor still reaches every staff member linked to them, so news is
 * never dropped for lack of a "mentor" row. Only people with a mentorship of the student are ever returned.
 */
export function recipientsOf(mentorships: readonly Mentorship[], fresh: readonly FlagReason[]): string[] {
  const primary = mentorships.filter((m) => PRIMARY_ROLES.has(m.role));
  const chosen = new Set<MentorRole>();
  for (const r of fresh) {
    if (r.kind === "helpRequest") for (const role of ROLES_BY_TARGET[r.helpTarget ?? ""] ?? []) chosen.add(role);
  }
  const picked = [...(primary.length > 0 ? primary : mentorships), ...mentorships.filter((m) => chosen.has(m.role))];
  return [...new Set(picked.map((m) => m.mentorId))];
}
