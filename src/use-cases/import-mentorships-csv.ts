import type { Actor } from "../domain/privacy/access.js";
import { MENTOR_ROLES, type MentorRole, type Mentorship } from "../domain/school/school.js";
import type { Stores } from "../ports/stores.js";

/** Why one CSV line was refused; the tab shows each in words next to its line number. */
export type ImportLineError =
  "columns" | "unknownRole" | "unknownClass" | "notOnRoster" | "unknownMentor" | "duplicate";

export interface ImportReport {
  dryRun: boolean;
  /** Lines with data (the header and blank lines are not counted). */
  lines: number;
  valid: number;
  errors: Array<{ line: number; error: ImportLineError }>;
  /** Mentorships written: 0 on a dry run, and 0 whenever any line has an error (all or nothing). */
  saved: number;
}

/** ~2,000 lines of up to ~120 characters fit the 256 KB body limit; bigger schools import per class. */
export const MAX_IMPORT_LINES = 2_000;
const HEADER = ["mentor_id", "student_id", "class_id", "role"];

/**
 * Imports mentor assignments from CSV (`mentor_id,student_id,class_id[,role]`). Coordinators only. Every line is
 * checked against the school's own tables (class exists, student on its roster, mentor known as staff or a
 * teacher); a dry run reports errors without writing, a real run writes only when no line has an error.
 */
export async function importMentorshipsCsv(
  stores: Stores,
  actor: Actor,
  input: { csv: string; dryRun: boolean },
): Promise<ImportReport | undefined> {
  if (!actor.isCoordinator) return undefined;
  const { tenantId } = actor;
  const rows = input.csv
    .split(/\r?\n/)
    .map((text, i) => ({ line: i + 1, cells: text.split(",").map((c) => c.trim()) }))
    .filter((r) => r.cells.some((c) => c !== ""))
    .filter((r) => r.cells.join(",").toLowerCase() !== HEADER.slice(0, r.cells.length).join(","));
  const errors: ImportReport["errors"] = [];
  const ready: Mentorship[] = [];
  const seen = new Set<string>();
  const classes = new Map((await stores.classes.list(tenantId)).map((c) => [c.classId, c]));
  const rosters = new Map<string, Awaited<ReturnType<Stores["members"]["list"]>>>();
  const mentorNames = new Map<string, string | undefined>();
  for (const { line, cells } of rows) {
    const [mentorId = "", studentId = "", classId = "", roleText = "mentor"] = cells;
    if (cells.length < 3 || cells.length > 4 || !mentorId || !studentId || !classId) {
      errors.push({ line, error: "columns" });
      continue;
    }
    const role = (roleText || "mentor") as MentorRole;
    if (!MENTOR_ROLES.includes(role)) errors.push({ line, error: "unknownRole" });
    else if (!classes.has(classId)) errors.push({ line, error: "unknownClass" });
    else {
      if (!rosters.has(classId)) rosters.set(classId, await stores.members.list(tenantId, classId));
      const student = rosters.get(classId)?.find((m) => m.userId === studentId && m.role === "student");
      if (!mentorNames.has(mentorId)) mentorNames.set(mentorId, await staffName(stores, tenantId, mentorId));
      const mentorName = mentorNames.get(mentorId);
      const key = `${mentorId}|${studentId}`;
      if (!student) errors.push({ line, error: "notOnRoster" });
      else if (mentorName === undefined) errors.push({ line, error: "unknownMentor" });
      else if (seen.has(key)) errors.push({ line, error: "duplicate" });
      else {
        seen.add(key);
        ready.push({ tenantId, mentorId, studentId, role, studentName: student.name, mentorName, classId });
      }
    }
  }
  const write = !input.dryRun && errors.length === 0;
  if (write) for (const m of ready) await stores.mentorships.save(m);
  return { dryRun: input.dryRun, lines: rows.length, valid: ready.length, errors, saved: write ? ready.length : 0 };
}

/** Staff are known from the staff directory or as a teacher (team owner) of some class. */
async function staffName(stores: Stores, tenantId: string, userId: string): Promise<string | undefined> {
  const staff = await stores.staff.get(tenantId, userId);
  if (staff) return staff.name;
  const classes = await stores.members.classesOf(tenantId, userId);
  return classes.find((c) => c.role === "teacher")?.name;
}
