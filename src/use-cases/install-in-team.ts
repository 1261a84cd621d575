import type { ClassMember, SchoolClass } from "../domain/school/school.js";
import type { RosterEntry, RosterReader, TeamOwnerDirectory } from "../ports/messaging.js";
import type { Stores } from "../ports/stores.js";

/** New classes start in the pilot schools' zone; a coordinator changes it per class (DESIGN §3 schedules). */
export const DEFAULT_TIME_ZONE = "Europe/Copenhagen";

export interface TeamDirectoryDeps {
  stores: Pick<Stores, "classes" | "members">;
  roster: RosterReader;
  owners: TeamOwnerDirectory;
}

export interface InstallInTeamInput {
  tenantId: string;
  /** The team's Entra group id when Teams sends it (it does today); the team id otherwise (legacy events). */
  classId: string;
  teamId: string;
  teamName: string;
  serviceUrl: string;
  /** Who installed the app: a teacher by definition in a class team (see GraphTeamOwnerDirectory's fallback). */
  installerUserId?: string | undefined;
}

export interface InstallInTeamResult {
  schoolClass: SchoolClass;
  students: number;
  teachers: number;
}

/**
 * The app was added to a class team: store the class (its General channel's conversation id equals the team id),
 * read the roster through the Bot Connector, and store students and teachers. Idempotent: Teams sends both an
 * installationUpdate and a conversationUpdate for one install, and re-sends unanswered activities.
 */
export async function installInTeam(deps: TeamDirectoryDeps, input: InstallInTeamInput): Promise<InstallInTeamResult> {
  const { stores } = deps;
  const existing = await stores.classes.get(input.tenantId, input.classId);
  const schoolClass: SchoolClass = {
    tenantId: input.tenantId,
    classId: input.classId,
    name: input.teamName || existing?.name || input.teamId,
    level: existing?.level ?? "",
    programme: existing?.programme ?? "",
    teamId: input.teamId,
    channelConversationId: input.teamId,
    serviceUrl: input.serviceUrl,
    installed: true,
    timeZone: existing?.timeZone ?? DEFAULT_TIME_ZONE,
  };
  await stores.classes.save(schoolClass);

  const people = usable(await deps.roster.members(input.serviceUrl, input.teamId, input.tenantId));
  const installer = people.find((p) => p.userId === input.installerUserId);
  if (installer) await stores.members.upsert(toMember(schoolClass, installer, "teacher"));
  const owners = await deps.owners.ownerIds(input.tenantId, input.classId);
  const members = people.map((p) => toMember(schoolClass, p, isTeacher(p, owners) ? "teacher" : "student"));
  await stores.members.replaceRoster(input.tenantId, input.classId, members);
  const teachers = members.filter((m) => m.role === "teacher").length;
  return { schoolClass, students: members.length - teachers, teachers };
}

/** Members Teams marks as owners, or the owner directory knows, teach the class; everyone else is a student. */
export function isTeacher(entry: RosterEntry, ownerIds: ReadonlySet<string>): boolean {
  return ownerIds.has(entry.userId) || entry.userRole.toLowerCase() === "owner";
}

/** Guests and anonymous meeting participants have no Entra object id in the tenant: they are not class members. */
export function usable(entries: readonly RosterEntry[]): RosterEntry[] {
  return entries.filter((e) => e.userId && e.teamsUserId && e.userRole.toLowerCase() !== "anonymous");
}

export function toMember(schoolClass: SchoolClass, entry: RosterEntry, role: ClassMember["role"]): ClassMember {
  return {
    tenantId: schoolClass.tenantId,
    classId: schoolClass.classId,
    userId: entry.userId,
    teamsUserId: entry.teamsUserId,
    name: entry.name,
    role,
  };
}
