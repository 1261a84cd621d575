import { z } from "zod";
import { LOCALES } from "../../domain/locale.js";
import {
  MENTOR_ROLES,
  type ClassMember,
  type Mentorship,
  type PersonalConversation,
  type SchoolClass,
  type StaffMember,
} from "../../domain/school/school.js";

/**
 * Zod schemas for reading rows back: a row is data from outside the process (it may be hand-edited or written by an
 * older version), so it is validated before a use case sees it. Typed as z.ZodType<DomainType> so the compiler
 * keeps them in step with the domain. Objects are loose: a field added to a domain type later (and not yet listed
 * here) is kept, not silently dropped on the next write.
 */

export const text = z.string();

/** Text (or anything else) in every product language. */
export const localized = <T extends z.ZodType>(inner: T) =>
  z.object(Object.fromEntries(LOCALES.map((l) => [l, inner])) as Record<(typeof LOCALES)[number], T>);

export const schoolClassSchema: z.ZodType<SchoolClass> = z.looseObject({
  tenantId: text,
  classId: text,
  name: text,
  level: text,
  programme: text,
  teamId: text,
  channelConversationId: text,
  serviceUrl: text,
  installed: z.boolean(),
  timeZone: text,
});

export const classMemberSchema: z.ZodType<ClassMember> = z.looseObject({
  tenantId: text,
  classId: text,
  userId: text,
  teamsUserId: text,
  name: text,
  role: z.enum(["student", "teacher"]),
});

export const mentorshipSchema: z.ZodType<Mentorship> = z.looseObject({
  tenantId: text,
  mentorId: text,
  studentId: text,
  role: z.enum(MENTOR_ROLES),
  studentName: text,
  mentorName: text,
  classId: text,
});

export const staffSchema: z.ZodType<StaffMember> = z.looseObject({
  tenantId: text,
  userId: text,
  name: text,
  isCoordinator: z.boolean(),
});

export const conversationSchema: z.ZodType<PersonalConversation> = z.looseObject({
  tenantId: text,
  userId: text,
  teamsUserId: text,
  serviceUrl: text,
  conversationId: text,
  locale: text,
  installed: z.boolean(),
});
