import { recipientsOf, urgencyOf } from "../domain/notifications/route-flag-news.js";
import type { Mentorship } from "../domain/school/school.js";
import type { Flag, FlagReason } from "../domain/scoring/flag.js";
import type { Clock } from "../ports/runtime.js";
import type { Queues, Stores } from "../ports/stores.js";

/** The job key for one piece of flag news to one mentor; a replayed answer produces the same key. */
export function newFlagJobKey(flag: Pick<Flag, "flagId" | "reasons">, mentorId: string): string {
  // The reason count grows with every new reason, so later news about the same flag gets its own key.
  return `newFlag:${flag.flagId}:${flag.reasons.length}:${mentorId}`;
}

/** What changed on a flag: the flag now, the reasons just added, and the severity before. */
export interface FlagNews {
  flag: Flag;
  fresh: readonly FlagReason[];
  previousSeverity: number;
}

export interface NotifyResult {
  /** Mentors a card was queued for at once. */
  now: number;
  /** Mentors whose next daily digest will list the student. */
  digest: number;
}

/**
 * Routes flag news: help requests, thoughts of dropping out and a rise to severity 3 are queued at once (the
 * notification worker sends them; DESIGN §5: never inside the student's invoke); everything else becomes a digest
 * entry for each mentor's next daily digest. A mentor who snoozed the student hears nothing until the snooze ends,
 * except a help request: a student who asks for someone must always reach someone.
 */
export async function notifyMentorsOfFlag(
  deps: { stores: Pick<Stores, "mentorships" | "snoozes" | "digests">; queues: Queues; clock: Clock },
  news: FlagNews,
  /** The student's mentorships when the caller already started reading them (beside its own writes). */
  prefetched?: { mentorships: Promise<Mentorship[]> },
): Promise<NotifyResult> {
  const { flag, fresh } = news;
  const mentorships = await (prefetched?.mentorships ??
    deps.stores.mentorships.mentorsOf(flag.tenantId, flag.studentId));
  const urgency = urgencyOf(flag, fresh, news.previousSeverity);
  const asksForHelp = fresh.some((r) => r.kind === "helpRequest");
  const now = deps.clock.now();
  const result: NotifyResult = { now: 0, digest: 0 };
  for (const mentorId of recipientsOf(mentorships, fresh)) {
    if (!asksForHelp) {
      const snooze = await deps.stores.snoozes.get(flag.tenantId, mentorId, flag.studentId);
      if (snooze && Date.parse(snooze.until) > now.getTime()) continue;
    }
    if (urgency === "now") {
      await deps.queues.notifications.enqueue({
        kind: "newFlag",
        key: newFlagJobKey(flag, mentorId),
        tenantId: flag.tenantId,
        studentId: flag.studentId,
        classId: flag.classId,
        flagId: flag.flagId,
        mentorId,
      });
      result.now++;
    } else {
      const { tenantId, studentId, classId, flagId } = flag;
      await deps.stores.digests.add({ tenantId, mentorId, studentId, classId, flagId, addedAt: now.toISOString() });
      result.digest++;
    }
  }
  return result;
}
