import type { Flag } from "../domain/scoring/flag.js";
import type { Queues, Stores } from "../ports/stores.js";

/** The job key for one piece of flag news to one mentor; a replayed answer produces the same key. */
export function newFlagJobKey(flag: Pick<Flag, "flagId" | "reasons">, mentorId: string): string {
  // The reason count grows with every new reason, so later news about the same flag gets its own key.
  return `newFlag:${flag.flagId}:${flag.reasons.length}:${mentorId}`;
}

/**
 * A flag is news: queue one notification per mentor of the student. Sending is slow and may be throttled, so it
 * happens in the notification worker, never inside the student's invoke (DESIGN §5: answer within 2 s).
 */
export async function notifyMentorsOfFlag(
  deps: { stores: Pick<Stores, "mentorships">; queues: Queues },
  flag: Flag,
): Promise<number> {
  const mentors = await deps.stores.mentorships.mentorsOf(flag.tenantId, flag.studentId);
  const mentorIds = [...new Set(mentors.map((m) => m.mentorId))];
  for (const mentorId of mentorIds) {
    await deps.queues.notifications.enqueue({
      kind: "newFlag",
      key: newFlagJobKey(flag, mentorId),
      tenantId: flag.tenantId,
      studentId: flag.studentId,
      classId: flag.classId,
      flagId: flag.flagId,
      mentorId,
    });
  }
  return mentorIds.length;
}
