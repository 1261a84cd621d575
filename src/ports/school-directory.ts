import type {
  ClassMember,
  Mentorship,
  PersonalConversation,
  SchoolClass,
  StaffMember,
} from "../domain/school/school.js";

/** Classes (teams) the app is installed in. */
export interface ClassStore {
  save(schoolClass: SchoolClass): Promise<void>;
  get(tenantId: string, classId: string): Promise<SchoolClass | undefined>;
  /** Finds a class by its Teams team id, as activities name teams that way. */
  findByTeamId(tenantId: string, teamId: string): Promise<SchoolClass | undefined>;
  list(tenantId: string): Promise<SchoolClass[]>;
  markUninstalled(tenantId: string, classId: string): Promise<void>;
}

/** Class rosters, with an inverse index so a user's classes are one query. */
export interface MemberStore {
  /** Replaces the class roster: members gone from the team are removed. */
  replaceRoster(tenantId: string, classId: string, members: readonly ClassMember[]): Promise<void>;
  upsert(member: ClassMember): Promise<void>;
  list(tenantId: string, classId: string): Promise<ClassMember[]>;
  get(tenantId: string, classId: string, userId: string): Promise<ClassMember | undefined>;
  classesOf(tenantId: string, userId: string): Promise<ClassMember[]>;
}

/** Who mentors whom, readable from both sides. */
export interface MentorshipStore {
  save(mentorship: Mentorship): Promise<void>;
  studentsOf(tenantId: string, mentorId: string): Promise<Mentorship[]>;
  mentorsOf(tenantId: string, studentId: string): Promise<Mentorship[]>;
}

/** Staff directory: coordinators and staff known to the school. */
export interface StaffStore {
  save(staff: StaffMember): Promise<void>;
  get(tenantId: string, userId: string): Promise<StaffMember | undefined>;
  list(tenantId: string): Promise<StaffMember[]>;
}

/** Minimal 1:1 conversation references for proactive sends. */
export interface ConversationStore {
  save(conversation: PersonalConversation): Promise<void>;
  get(tenantId: string, userId: string): Promise<PersonalConversation | undefined>;
  markUninstalled(tenantId: string, userId: string): Promise<void>;
}
