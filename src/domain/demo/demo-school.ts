import type { ClassMember, Mentorship, PersonalConversation, SchoolClass, StaffMember } from "../school/school.js";
import type { Answer } from "../survey/answer.js";
import type { Round } from "../survey/round.js";

/**
 * How a demo student's last six weeks went. Each persona shows one path through the flag rules, so a mentor
 * opening the tab sees every kind of flag at once and some students who are simply doing well.
 */
export const PERSONAS = ["thriving", "declining", "suddenDrop", "silent", "helpRequest", "unreachable"] as const;
export type Persona = (typeof PERSONAS)[number];

export interface DemoStudent {
  member: ClassMember;
  persona: Persona;
  /** The Teams locale of the student's client. */
  locale: string;
}

/** What a demo staff member does, for the welcome text and the demo sign-in. */
export type DemoStaffRole = "mentor" | "teacher" | "coordinator";

export interface DemoStaff {
  staff: StaffMember;
  role: DemoStaffRole;
  teamsUserId: string;
  locale: string;
}

/** One recipient of a round: `reached` is false when the send failed (it then never counts as silence). */
export interface DemoDelivery {
  studentId: string;
  reached: boolean;
  at: string;
}

export interface DemoRound {
  round: Round;
  deliveries: DemoDelivery[];
}

/** An invented school as plain domain objects; `seedDemoSchool` writes it through the store ports. */
export interface DemoSchool {
  tenantId: string;
  programmes: string[];
  classes: SchoolClass[];
  /** Students and teachers of every class. */
  members: ClassMember[];
  students: DemoStudent[];
  staff: DemoStaff[];
  coordinatorId: string;
  mentorships: Mentorship[];
  conversations: PersonalConversation[];
  /** Every class's rounds, oldest first, all closed. */
  rounds: DemoRound[];
  answers: Answer[];
}
