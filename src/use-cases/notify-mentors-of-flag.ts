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

/** A student's mentorships, and until when each of those mentors snoozed the student (absent: not snoozed). */
export interface MentorRouting {
  mentorships: Mentorship[];
  snoozedUntil: ReadonlyMap<string, string>;
}

/**
 * Reads what routing flag news needs: the mentorships (one partition query), then each mentor's snooze of this
 * student side by side (point reads). A mentor's snooze is read even where a help request will ignore it: the
 * read can then start before the news is known, beside the answer's own writes.
 */
export async function readMentorRouting(
  stores: Pick<Stores, "mentorships" | "snoozes">,
  tenantId: string,
  studentId: string,
): Promise<MentorRouting> {
  const mentorships = await stores.mentorships.mentorsOf(tenantId, studentId);
  const mentorIds = [...new Set(mentorships.map((m) => m.mentorId))];
  const snoozes = await Promise.all(mentorIds.map((id) => stores.snoozes.get(tenantId, id, studentId)));
  const snoozedUntil = new Map(snoozes.flatMap((s) => (s ? [[s.mentorId, s.until] as const] : [])));
  return { mentorships, snoozedUntil };
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
  /** Who to tell, when the caller already started reading it beside its own writes (readMentorRouting). */
  prefetched?: Promise<MentorRouting>,
): Promise<NotifyResult> {
  const { flag, fresh } = news;
  const { mentorships, snoozedUntil } = await (prefetched ??
    readMentorRouting(deps.stores, flag.tenantId, flag.studentId));
  const urgency = urgencyOf(flag, fresh, news.previousSeverity);
  const asksForHelp = fresh.some((r) => r.kind === "helpRequest");
  const now = deps.clock.now();
  const result: NotifyResult = { now: 0, digest: 0 };
  for (const mentorId of recipientsOf(mentorships, fresh)) {
    const snoozed = snoozedUntil.get(mentorId);
    if (!asksForHelp && snoozed !== undefined && Date.parse(snoozed) > now.getTime()) continue;
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
