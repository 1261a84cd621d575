import { isActive, type Flag } from "../domain/scoring/flag.js";
import { ConcurrentChangeError } from "../ports/case-stores.js";
import type { Clock } from "../ports/runtime.js";
import type { Queues, Stores } from "../ports/stores.js";
import { findMentoredFlag, type FlagActionRejection } from "./find-mentored-flag.js";

/** A mentor acting on a flag while a new answer lands on it is the only race; a few attempts are plenty. */
const MAX_ATTEMPTS = 5;

export interface FlagActionInput {
  tenantId: string;
  /** From the authenticated activity or token, never from card data. */
  actorId: string;
  studentId: string;
  /** From a card: the flag it was about. From the tab: omitted, the student's active flag. */
  flagId?: string | undefined;
}

export type FlagActionResult = { ok: true; flag: Flag } | { ok: false; reason: FlagActionRejection };

/** The key of "your request was seen": one per help request on the flag, so each is answered exactly once. */
export function helpSeenJobKey(flag: Flag): string {
  return `helpSeen:${flag.flagId}:${flag.reasons.filter((r) => r.kind === "helpRequest").length}`;
}

/**
 * A mentor acknowledges a student's flag ("I have seen this; I am on it"). When the flag carries a help request,
 * the student is told in a 1:1 message that it was seen: queued with a key per help request, so acknowledging
 * twice, or two mentors acknowledging, tells the student once.
 */
export async function acknowledgeFlag(
  deps: { stores: Stores; queues: Queues; clock: Clock },
  input: FlagActionInput,
): Promise<FlagActionResult> {
  for (let attempt = 1; ; attempt++) {
    const found = await findMentoredFlag(deps.stores, input);
    if (!found.ok) return found;
    const current = found.flag.value;
    if (!isActive(current)) return { ok: false, reason: "noOpenFlag" };
    const flag: Flag = { ...current, status: "acknowledged", updatedAt: deps.clock.now().toISOString() };
    try {
      if (current.status !== "acknowledged") await deps.stores.flags.put(flag, found.flag.etag);
    } catch (error) {
      if (error instanceof ConcurrentChangeError && attempt < MAX_ATTEMPTS) continue;
      throw error;
    }
    if (flag.reasons.some((r) => r.kind === "helpRequest")) {
      await deps.queues.notifications.enqueue({
        kind: "helpSeen",
        key: helpSeenJobKey(flag),
        tenantId: flag.tenantId,
        studentId: flag.studentId,
        flagId: flag.flagId,
      });
    }
    return { ok: true, flag };
  }
}
