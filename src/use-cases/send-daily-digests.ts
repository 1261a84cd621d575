import { DEFAULT_SCHOOL_SETTINGS, localDayAndHour } from "../domain/scoring/school-settings.js";
import type { DigestEntry } from "../ports/flag-settings.js";
import type { Queues, Stores } from "../ports/stores.js";

export interface DigestRunResult {
  /** Digest jobs queued in this run (one per mentor with pending entries, once per local day). */
  queued: number;
}

/** The job key of one mentor's digest on one local day: the unit of "one digest per mentor per day". */
export function digestJobKey(mentorId: string, day: string): string {
  return `digest:${mentorId}:${day}`;
}

/**
 * Queues each mentor's daily digest during the school's digest hour (local time, per-school setting). Safe to call
 * every minute: a mentor's digest for a day is claimed in the sent log before it is queued, so later calls that
 * day do nothing for that mentor. Entries arriving after the mentor's digest wait for the next day. Reads one
 * settings row and one partition of pending entries per school, never a scan. If the process dies between the
 * claim and the enqueue, that day's digest is skipped and its entries go out the next day (never lost, never twice).
 */
export async function sendDailyDigests(
  deps: { stores: Pick<Stores, "schoolSettings" | "digests" | "sentNotifications">; queues: Queues },
  input: { now: Date; tenantIds: readonly string[] },
): Promise<DigestRunResult> {
  let queued = 0;
  for (const tenantId of input.tenantIds) {
    const settings = (await deps.stores.schoolSettings.get(tenantId))?.value ?? DEFAULT_SCHOOL_SETTINGS;
    const { day, hour } = localDayAndHour(input.now, settings.timeZone);
    if (hour !== settings.digestHour) continue;
    const byMentor = new Map<string, DigestEntry[]>();
    for (const entry of await deps.stores.digests.listPending(tenantId)) {
      byMentor.set(entry.mentorId, [...(byMentor.get(entry.mentorId) ?? []), entry]);
    }
    for (const [mentorId, entries] of byMentor) {
      const key = digestJobKey(mentorId, day);
      if (!(await deps.stores.sentNotifications.claim(tenantId, `queued:${key}`))) continue;
      const listed = entries.map(({ studentId, classId, flagId }) => ({ studentId, classId, flagId }));
      await deps.queues.notifications.enqueue({ kind: "digest", key, tenantId, mentorId, day, entries: listed });
      queued++;
    }
  }
  return { queued };
}
