import type { ClassMember, MentorRole, Mentorship, SchoolClass } from "../school/school.js";
import {
  CLASS_PLANS,
  COORDINATOR,
  DEMO_PROGRAMMES,
  EXTRA_ROLES,
  STAFF_PLANS,
  STUDENTS_PER_CLASS,
  type ClassPlan,
} from "./demo-plan.js";
import { demoIds, DEMO_SERVICE_URL } from "./demo-ids.js";
import { LOCALE_OF_ORIGIN, studentNames } from "./demo-names.js";
import type { DemoStaff, DemoStudent, Persona } from "./demo-school.js";
import type { Random } from "./prng.js";

export interface DemoRoster {
  classes: SchoolClass[];
  classCodes: Map<string, string>;
  staff: DemoStaff[];
  coordinatorId: string;
  students: DemoStudent[];
  members: ClassMember[];
  mentorships: Mentorship[];
}

/** Classes, people and who mentors whom. Draws names and personas from `random` in a fixed order. */
export function buildDemoRoster(tenantId: string, random: Random): DemoRoster {
  const staff: DemoStaff[] = STAFF_PLANS.map((p) => {
    const userId = demoIds.staffId(p.n);
    return {
      staff: { tenantId, userId, name: p.name, isCoordinator: p.role === "coordinator" },
      role: p.role,
      teamsUserId: demoIds.teamsUserId(userId),
      locale: LOCALE_OF_ORIGIN[p.origin],
    };
  });
  const staffOf = (n: number): DemoStaff => staff[n - 1] as DemoStaff;
  const names = studentNames(random, CLASS_PLANS.length * STUDENTS_PER_CLASS);
  const classes: SchoolClass[] = [];
  const classCodes = new Map<string, string>();
  const students: DemoStudent[] = [];
  const members: ClassMember[] = [];
  const mentorships: Mentorship[] = [];

  CLASS_PLANS.forEach((plan, c) => {
    const classId = demoIds.classId(c + 1);
    const teamId = demoIds.teamId(plan.code);
    classCodes.set(classId, plan.code);
    classes.push({
      tenantId,
      classId,
      name: plan.name,
      level: plan.level,
      programme: DEMO_PROGRAMMES[plan.programme] ?? "",
      teamId,
      channelConversationId: teamId,
      serviceUrl: DEMO_SERVICE_URL,
      installed: true,
      timeZone: "Europe/Copenhagen",
    });
    for (const n of [plan.mentor, plan.secondMentor, plan.teacher]) {
      const s = staffOf(n);
      members.push({
        tenantId,
        classId,
        userId: s.staff.userId,
        teamsUserId: s.teamsUserId,
        name: s.staff.name,
        role: "teacher",
      });
    }
    const personas = random.shuffle(classPersonas(plan));
    personas.forEach((persona, i) => {
      const number = c * STUDENTS_PER_CLASS + i + 1;
      const userId = demoIds.studentId(number);
      const drawn = names[number - 1] ?? { name: `Student ${number}`, origin: "da" as const };
      const member: ClassMember = {
        tenantId,
        classId,
        userId,
        teamsUserId: demoIds.teamsUserId(userId),
        name: drawn.name,
        role: "student",
      };
      members.push(member);
      students.push({ member, persona, locale: LOCALE_OF_ORIGIN[drawn.origin] });
      const mentor = staffOf(i % 3 === 2 ? plan.secondMentor : plan.mentor);
      const link = (s: DemoStaff, role: MentorRole): Mentorship => ({
        tenantId,
        mentorId: s.staff.userId,
        studentId: userId,
        role,
        studentName: drawn.name,
        mentorName: s.staff.name,
        classId,
      });
      mentorships.push(link(mentor, "mentor"));
      for (const extra of EXTRA_ROLES) {
        if (extra.programme === plan.programme && i % extra.every === extra.offset) {
          mentorships.push(link(staffOf(extra.staff), extra.role));
        }
      }
    });
  });
  return {
    classes,
    classCodes,
    staff,
    coordinatorId: staffOf(COORDINATOR).staff.userId,
    students,
    members,
    mentorships,
  };
}

/** Per class: a few students on each troubled path, the rest thriving (about a quarter flagged in all). */
function classPersonas(plan: ClassPlan): Persona[] {
  const troubled: Persona[] = [
    "declining",
    "declining",
    "suddenDrop",
    "suddenDrop",
    "helpRequest",
    ...Array<Persona>(plan.silent).fill("silent"),
    ...Array<Persona>(plan.unreachable).fill("unreachable"),
  ];
  return [...troubled, ...Array<Persona>(STUDENTS_PER_CLASS - troubled.length).fill("thriving")];
}
