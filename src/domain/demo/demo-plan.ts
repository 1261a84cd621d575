import type { MentorRole } from "../school/school.js";
import type { NameOrigin } from "./demo-names.js";
import type { DemoStaffRole } from "./demo-school.js";

/** The demo school's fixed shape: programmes, classes, staff and their roles. */
export const DEMO_PROGRAMMES = ["Data- og kommunikationsuddannelsen", "Frisøruddannelsen"];

/** Issue 2: 100 students in 4 classes. */
export const STUDENTS_PER_CLASS = 25;

export interface ClassPlan {
  code: string;
  name: string;
  level: string;
  programme: number;
  /** Staff numbers: the main mentor, a second mentor for every third student, and a subject teacher. */
  mentor: number;
  secondMentor: number;
  teacher: number;
  silent: number;
  unreachable: number;
}

export const CLASS_PLANS: readonly ClassPlan[] = [
  {
    code: "dk-gf1",
    name: "GF1 Data og kommunikation",
    level: "GF1",
    programme: 0,
    mentor: 1,
    secondMentor: 3,
    teacher: 7,
    silent: 2,
    unreachable: 1,
  },
  {
    code: "dk-gf2",
    name: "GF2 Data og kommunikation",
    level: "GF2",
    programme: 0,
    mentor: 2,
    secondMentor: 3,
    teacher: 7,
    silent: 1,
    unreachable: 0,
  },
  {
    code: "fr-gf1",
    name: "GF1 Frisør",
    level: "GF1",
    programme: 1,
    mentor: 4,
    secondMentor: 6,
    teacher: 8,
    silent: 2,
    unreachable: 0,
  },
  {
    code: "fr-gf2",
    name: "GF2 Frisør",
    level: "GF2",
    programme: 1,
    mentor: 5,
    secondMentor: 6,
    teacher: 8,
    silent: 1,
    unreachable: 1,
  },
];

/** Staff by number; surnames are invented like the students' (see demo-names). */
export const STAFF_PLANS: ReadonlyArray<{ n: number; name: string; origin: NameOrigin; role: DemoStaffRole }> = [
  { n: 1, name: "Mette Skovlahti", origin: "da", role: "mentor" },
  { n: 2, name: "Anders Kuusiholm", origin: "sv", role: "mentor" },
  { n: 3, name: "Tiina Bjørkvaara", origin: "fi", role: "mentor" },
  { n: 4, name: "Søren Järvegård", origin: "da", role: "mentor" },
  { n: 5, name: "Karin Vaaralund", origin: "sv", role: "mentor" },
  { n: 6, name: "Jukka Tammegård", origin: "fi", role: "mentor" },
  { n: 7, name: "Lone Kalliobro", origin: "da", role: "teacher" },
  { n: 8, name: "Per Lehtovik", origin: "sv", role: "teacher" },
  { n: 9, name: "Birgitte Ahoskov", origin: "da", role: "coordinator" },
];
export const COORDINATOR = 9;

/**
 * Besides their own mentees, staff 3 is counsellor for some Frisør students and staff 6 study guidance for some
 * Data students, so a few students have two adults and the counsellor and study-guidance cards have owners.
 */
export const EXTRA_ROLES: ReadonlyArray<{
  staff: number;
  programme: number;
  role: MentorRole;
  every: number;
  offset: number;
}> = [
  { staff: 3, programme: 1, role: "counsellor", every: 8, offset: 0 },
  { staff: 6, programme: 0, role: "studyGuidance", every: 8, offset: 4 },
];
