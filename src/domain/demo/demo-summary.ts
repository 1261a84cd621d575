import type { MentorRole } from "../school/school.js";
import { isActive } from "../scoring/flag.js";
import type { DemoSchool, DemoStudent, Persona } from "./demo-school.js";
import type { ReplayedStudent } from "./replay-history.js";

/** A seeded person the local demo can sign in as, with a line saying what they will see. */
export interface DemoSignInUser {
  userId: string;
  name: string;
  role: "mentor" | "teacher" | "coordinator" | "student";
  detail: string;
}

/** What the local welcome message and the demo sign-in need to know about the seeded school. */
export interface DemoSummary {
  tenantId: string;
  classes: Array<{ classId: string; name: string }>;
  /** The mentors, a teacher, the coordinator and two students. */
  signInUsers: DemoSignInUser[];
  /** Students whose flag is open or acknowledged. */
  flaggedStudents: number;
  students: number;
}

/** Developer-facing notes for the console (local mode only), so English like the rest of the console output. */
const PERSONA_NOTE: Record<Persona, string> = {
  thriving: "doing well",
  declining: "slowly declining over six weeks",
  suddenDrop: "dropped suddenly in the last weeks",
  silent: "stopped answering",
  helpRequest: "asked to talk to someone this week",
  unreachable: "blocked the bot, so surveys could not be delivered",
};

const ROLE_WORDS: Partial<Record<MentorRole, string>> = { counsellor: "counsellor", studyGuidance: "study guidance" };

/** Summarises a built demo school and its replayed flags (pure; the seed returns it). */
export function demoSummary(school: DemoSchool, replayed: readonly ReplayedStudent[]): DemoSummary {
  const flagged = new Set(replayed.filter((r) => isActive(r.flag)).map((r) => r.state.studentId));
  const className = new Map(school.classes.map((c) => [c.classId, c.name]));
  const classesOf = (userId: string) =>
    school.members.filter((m) => m.userId === userId).map((m) => className.get(m.classId) ?? m.classId);
  const users: DemoSignInUser[] = [];

  for (const s of school.staff) {
    const { userId, name } = s.staff;
    if (s.role === "mentor") {
      const mentees = school.mentorships.filter((m) => m.mentorId === userId);
      const own = mentees.filter((m) => m.role === "mentor");
      const extra = mentees.filter((m) => m.role !== "mentor");
      const classes = [...new Set(own.map((m) => className.get(m.classId) ?? m.classId))].join(", ");
      const also = extra[0] ? `, and ${ROLE_WORDS[extra[0].role] ?? extra[0].role} for ${extra.length} more` : "";
      const flaggedCount = mentees.filter((m) => flagged.has(m.studentId)).length;
      const detail = `mentor of ${own.length} students in ${classes}${also}; ${flaggedCount} flagged`;
      users.push({ userId, name, role: "mentor", detail });
    }
  }
  const teacher = school.staff.find((s) => s.role === "teacher");
  if (teacher) {
    const detail = `teaches ${classesOf(teacher.staff.userId).join(", ")}; sees class results, no individual answers`;
    users.push({ userId: teacher.staff.userId, name: teacher.staff.name, role: "teacher", detail });
  }
  const coordinator = school.staff.find((s) => s.staff.userId === school.coordinatorId);
  if (coordinator) {
    const detail = "coordinator: school-wide overview and settings";
    users.push({ userId: coordinator.staff.userId, name: coordinator.staff.name, role: "coordinator", detail });
  }
  for (const persona of ["thriving", "declining"] as const) {
    const student = school.students.find((s) => s.persona === persona);
    if (student) users.push(studentUser(student, className.get(student.member.classId) ?? ""));
  }
  return {
    tenantId: school.tenantId,
    classes: school.classes.map((c) => ({ classId: c.classId, name: c.name })),
    signInUsers: users,
    flaggedStudents: flagged.size,
    students: school.students.length,
  };
}

function studentUser(student: DemoStudent, className: string): DemoSignInUser {
  const { userId, name } = student.member;
  return { userId, name, role: "student", detail: `student in ${className}, ${PERSONA_NOTE[student.persona]}` };
}
