import { isActive, type Flag } from "../domain/scoring/flag.js";
import { ConcurrentChangeError } from "../ports/case-stores.js";
import type { Clock } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";
import type { FlagActionInput, FlagActionResult } from "./acknowledge-flag.js";
import { findMentoredFlag } from "./find-mentored-flag.js";

/** See acknowledge-flag.ts: the same race, the same bound. */
const MAX_ATTEMPTS = 5;

/**
 * A mentor dismisses a flag as a false alarm. It stays quiet afterwards: only a new kind of trouble (or a new help
 * request) opens another flag (merge-flag.ts), so dismissing is never undone by the same low answer next week.
 */
export async function dismissFlag(
  deps: { stores: Stores; clock: Clock },
  input: FlagActionInput,
): Promise<FlagActionResult> {
  for (let attempt = 1; ; attempt++) {
    const found = await findMentoredFlag(deps.stores, input);
    if (!found.ok) return found;
    if (!isActive(found.flag.value)) return { ok: false, reason: "noOpenFlag" };
    const flag: Flag = { ...found.flag.value, status: "dismissed", updatedAt: deps.clock.now().toISOString() };
    try {
      await deps.stores.flags.put(flag, found.flag.etag);
      return { ok: true, flag };
    } catch (error) {
      if (!(error instanceof ConcurrentChangeError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
