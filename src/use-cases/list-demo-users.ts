import { rolesOf, type Role } from "../domain/privacy/access.js";
import type { Stores } from "../ports/stores.js";
import { resolveActor } from "./resolve-actor.js";

export interface DemoUser {
  userId: string;
  name: string;
  roles: Role[];
}

/** Staff first (mentors, then teachers, then coordinators), then students: who a demo usually starts as. */
const ORDER: Record<Role, number> = { mentor: 0, teacher: 1, coordinator: 2, student: 3 };

/**
 * The seeded people of the local demo school who can be picked on the demo sign-in page (local mode only).
 * Staff roles come from the same resolveActor the API uses, so the list shows what each person will see.
 */
export async function listDemoUsers(
  stores: Pick<Stores, "classes" | "members" | "mentorships" | "staff">,
  tenantId: string,
): Promise<DemoUser[]> {
  const [staff, classes] = await Promise.all([stores.staff.list(tenantId), stores.classes.list(tenantId)]);
  const rosters = await Promise.all(classes.map((c) => stores.members.list(tenantId, c.classId)));
  const names = new Map<string, string>();
  const students = new Set<string>();
  for (const s of staff) names.set(s.userId, s.name);
  for (const member of rosters.flat()) {
    if (!names.has(member.userId)) names.set(member.userId, member.name);
    if (member.role === "student") students.add(member.userId);
  }
  const users = await Promise.all(
    [...names.keys()].map(async (userId): Promise<DemoUser> => {
      const roles: Role[] =
        students.has(userId) && !staff.some((s) => s.userId === userId)
          ? ["student"]
          : rolesOf(await resolveActor(stores, { tenantId, userId }));
      return { userId, name: names.get(userId) ?? userId, roles };
    }),
  );
  const rank = (u: DemoUser) => Math.min(4, ...u.roles.map((r) => ORDER[r]));
  return users.filter((u) => u.roles.length > 0).sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}
