import { canAssignCase, type Actor } from "../domain/privacy/access.js";
import type { MentorRole } from "../domain/school/school.js";
import type { Stores } from "../ports/stores.js";

/** The student's support staff, for "hand over to": only visible to one of them (else undefined = 404). */
export async function listSupportStaff(
  stores: Pick<Stores, "mentorships">,
  actor: Actor,
  studentId: string,
): Promise<Array<{ userId: string; name: string; role: MentorRole }> | undefined> {
  const mentorships = await stores.mentorships.mentorsOf(actor.tenantId, studentId);
  if (
    !canAssignCase(
      actor,
      studentId,
      mentorships.map((m) => m.mentorId),
    )
  )
    return undefined;
  return mentorships.map((m) => ({ userId: m.mentorId, name: m.mentorName, role: m.role }));
}
