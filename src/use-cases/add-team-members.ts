import type { Stores } from "../ports/stores.js";
import { isTeacher, toMember, usable, type TeamDirectoryDeps } from "./install-in-team.js";

export interface AddTeamMembersInput {
  tenantId: string;
  teamId: string;
  serviceUrl: string;
  /** Teams user ids ("29:...") from the membersAdded event, which carries no names. */
  teamsUserIds: readonly string[];
}

/**
 * People joined a class team: look them up in the roster (the event carries ids only) and store them. A member
 * already stored as a teacher stays one. Nothing happens for a team the app is not installed in.
 */
export async function addTeamMembers(
  deps: TeamDirectoryDeps & { stores: Pick<Stores, "classes" | "members"> },
  input: AddTeamMembersInput,
): Promise<number> {
  const { stores } = deps;
  const schoolClass = await stores.classes.findByTeamId(input.tenantId, input.teamId);
  if (!schoolClass?.installed) return 0;
  const wanted = new Set(input.teamsUserIds);
  const joined = usable(await deps.roster.members(input.serviceUrl, input.teamId, input.tenantId)).filter((e) =>
    wanted.has(e.teamsUserId),
  );
  if (joined.length === 0) return 0;
  const owners = await deps.owners.ownerIds(input.tenantId, schoolClass.classId);
  for (const entry of joined) {
    const stored = await stores.members.get(input.tenantId, schoolClass.classId, entry.userId);
    const teacher = stored?.role === "teacher" || isTeacher(entry, owners);
    await stores.members.upsert(toMember(schoolClass, entry, teacher ? "teacher" : "student"));
  }
  return joined.length;
}
