/**
 * School structure: tenant -> class -> members, plus mentorships (DESIGN §3).
 * People are identified by Entra `tid` + `oid`; `teamsUserId` ("29:...") is only used to address them in Teams.
 */

export type ClassLevel = string; // "GF1", "GF2", "year 1" ...

export interface SchoolClass {
  tenantId: string;
  /** The team's Entra group id (= education class id); stable across renames. */
  classId: string;
  name: string;
  level: ClassLevel;
  programme: string;
  /** Teams team id ("19:...@thread.tacv2"), needed for roster calls. */
  teamId: string;
  /** The General channel's conversation id, where channel surveys are posted. */
  channelConversationId: string;
  serviceUrl: string;
  /** False after the app is uninstalled: nothing is sent there any more. */
  installed: boolean;
  timeZone: string;
}

export type MemberRole = "student" | "teacher";

export interface ClassMember {
  tenantId: string;
  classId: string;
  userId: string;
  teamsUserId: string;
  name: string;
  role: MemberRole;
}

export const MENTOR_ROLES = ["contactTeacher", "mentor", "counsellor", "sps", "studentCoach", "studyGuidance"] as const;
export type MentorRole = (typeof MENTOR_ROLES)[number];

export interface Mentorship {
  tenantId: string;
  mentorId: string;
  studentId: string;
  role: MentorRole;
  /** Denormalised so "my students" is one single-partition query. */
  studentName: string;
  mentorName: string;
  classId: string;
}

/** Staff who configure the school (question sets, cards, thresholds). */
export interface StaffMember {
  tenantId: string;
  userId: string;
  name: string;
  isCoordinator: boolean;
}

/** Minimal reference to send a 1:1 message proactively (DESIGN §4 `conversations`). */
export interface PersonalConversation {
  tenantId: string;
  userId: string;
  teamsUserId: string;
  serviceUrl: string;
  conversationId: string;
  locale: string;
  installed: boolean;
}
