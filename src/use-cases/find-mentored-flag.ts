import { isActive, type Flag } from "../domain/scoring/flag.js";
import type { Versioned } from "../ports/case-stores.js";
import type { Stores } from "../ports/stores.js";

export type FlagActionRejection = "notFound" | "noOpenFlag";

/**
 * The student's active flag, if the actor is one of the student's mentors (any role). A student the actor does
 * not mentor is "notFound", like one that does not exist (DESIGN §7). With a flag id (from a card) it is a point
 * read; without (from the tab) one query over the student's flag partition.
 */
export async function findMentoredFlag(
  stores: Pick<Stores, "mentorships" | "flags">,
  input: { tenantId: string; actorId: string; studentId: string; flagId?: string | undefined },
): Promise<{ ok: true; flag: Versioned<Flag> } | { ok: false; reason: FlagActionRejection }> {
  const mentors = await stores.mentorships.mentorsOf(input.tenantId, input.studentId);
  if (!mentors.some((m) => m.mentorId === input.actorId)) return { ok: false, reason: "notFound" };
  if (input.flagId) {
    const found = await stores.flags.get(input.tenantId, input.studentId, input.flagId);
    return found ? { ok: true, flag: found } : { ok: false, reason: "noOpenFlag" };
  }
  const active = (await stores.flags.listStudent(input.tenantId, input.studentId))
    .filter((f) => isActive(f))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  if (!active) return { ok: false, reason: "noOpenFlag" };
  const found = await stores.flags.get(input.tenantId, input.studentId, active.flagId);
  return found ? { ok: true, flag: found } : { ok: false, reason: "noOpenFlag" };
}
