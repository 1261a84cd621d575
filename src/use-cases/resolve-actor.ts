import type { Actor, Role } from "../domain/privacy/access.js";
import { rolesOf } from "../domain/privacy/access.js";
import type { MemberRole } from "../domain/school/school.js";
import type { Stores } from "../ports/stores.js";

/** Who a validated token names: Entra `tid` + `oid`, never an email or anything from a request body. */
export interface Identity {
  tenantId: string;
  userId: string;
}

type DirectoryStores = Pick<Stores, "members" | "mentorships" | "staff">;

/**
 * Builds the actor the access rules judge, from the school's own tables only (trust.md §1.4: roles come from
 * stored rosters and mentorships, never from request parameters or the Teams context).
 */
export async function resolveActor(stores: DirectoryStores, identity: Identity): Promise<Actor> {
  const { tenantId, userId } = identity;
  const [memberships, mentees, staff] = await Promise.all([
    stores.members.classesOf(tenantId, userId),
    stores.mentorships.studentsOf(tenantId, userId),
    stores.staff.get(tenantId, userId),
  ]);
  return {
    tenantId,
    userId,
    classes: memberships.map((m) => ({ classId: m.classId, role: m.role })),
    isMentor: mentees.length > 0,
    isCoordinator: staff?.isCoordinator ?? false,
  };
}

/** What the tab needs to know about the signed-in person to pick its views. */
export interface MeView {
  userId: string;
  tenantId: string;
  name: string;
  roles: Role[];
  classes: Array<{ classId: string; name: string; level: string; role: MemberRole }>;
  /** The locale the bot last saw for this person, if any; the tab prefers the Teams context's locale. */
  localeHint: string | undefined;
}

/** Describes the actor for GET /api/v1/me. */
export async function describeActor(
  stores: DirectoryStores & Pick<Stores, "classes" | "conversations">,
  actor: Actor,
): Promise<MeView> {
  const { tenantId, userId } = actor;
  const [staff, memberships, mentees, conversation] = await Promise.all([
    stores.staff.get(tenantId, userId),
    stores.members.classesOf(tenantId, userId),
    actor.isMentor ? stores.mentorships.studentsOf(tenantId, userId) : Promise.resolve([]),
    stores.conversations.get(tenantId, userId),
  ]);
  const classes = await Promise.all(
    actor.classes.map(async (c) => {
      const found = await stores.classes.get(tenantId, c.classId);
      return { classId: c.classId, name: found?.name ?? c.classId, level: found?.level ?? "", role: c.role };
    }),
  );
  return {
    userId,
    tenantId,
    name: staff?.name ?? memberships[0]?.name ?? mentees[0]?.mentorName ?? "",
    roles: rolesOf(actor),
    classes,
    localeHint: conversation?.locale,
  };
}
