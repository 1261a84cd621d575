import type { Snooze } from "../ports/flag-settings.js";
import type { Clock } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";

/** Longest snooze: about a school half-term; longer would let a student drift out of sight unnoticed. */
export const MAX_SNOOZE_DAYS = 60;
const DAY_MS = 86_400_000;

export type SnoozeResult = { ok: true; snooze: Snooze } | { ok: false; reason: "notFound" | "invalidDays" };

/**
 * A mentor snoozes news about one student for N days: no digest entries and no immediate cards for them, except a
 * help request, which always gets through (notify-mentors-of-flag.ts). Only the student's own mentors may snooze;
 * the snooze is the mentor's own and silences nobody else.
 */
export async function snoozeStudent(
  deps: { stores: Pick<Stores, "mentorships" | "snoozes">; clock: Clock },
  input: { tenantId: string; actorId: string; studentId: string; days: number },
): Promise<SnoozeResult> {
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > MAX_SNOOZE_DAYS) {
    return { ok: false, reason: "invalidDays" };
  }
  const mentors = await deps.stores.mentorships.mentorsOf(input.tenantId, input.studentId);
  if (!mentors.some((m) => m.mentorId === input.actorId)) return { ok: false, reason: "notFound" };
  const until = new Date(deps.clock.now().getTime() + input.days * DAY_MS).toISOString();
  const snooze: Snooze = { tenantId: input.tenantId, mentorId: input.actorId, studentId: input.studentId, until };
  await deps.stores.snoozes.save(snooze);
  return { ok: true, snooze };
}
