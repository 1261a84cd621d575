/**
 * Teams' limits for a bot and the pacing we derive from them. Sources: research/teams-platform.md §2.1 (msteams-docs
 * `bots/how-to/rate-limit.md`) and DESIGN §5.
 */

/**
 * Per bot per thread (one conversation), "Send to conversation" and "Create conversation": 7 in 1 s, 8 in 2 s,
 * 60 in 30 s, 1,800 in 3,600 s (teams-platform.md §2.1 table). Each entry: [window ms, most requests in it].
 */
export const PER_CONVERSATION_WINDOWS: ReadonlyArray<readonly [number, number]> = [
  [1_000, 7],
  [2_000, 8],
  [30_000, 60],
  [3_600_000, 1_800],
];

/** "The global limit per app per tenant is 50 Requests Per Second" (teams-platform.md §2.1): our hard ceiling. */
export const APP_RATE_CEILING = 50;

/** DESIGN §5: the shared token bucket's default rate, half the ceiling (older revisions of the doc said 30 RPS). */
export const DEFAULT_SEND_RATE = 25;

/**
 * Retries of 412/5xx/network errors: "exponential backoff with random jitter and a bounded number of retries"
 * (teams-platform.md §2.1); base 1 s, cap 60 s as in the research's rate-limit strategy (§ Design implications).
 */
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 60_000;
/**
 * Attempts within one dequeue before the job goes back to the queue (at most 5 dequeues, DESIGN §4, so 40 in
 * all). Eight keeps a 20%-failing connector from sending a job back to wait out its visibility timeout
 * (0.2^8 ≈ 3 in a million) while the jittered waits still sum to well under the 2-minute visibility.
 */
export const ATTEMPTS_PER_DEQUEUE = 8;

/**
 * A send with no answer after this long counts as a transient failure. Azure Bot Service itself gives up on a turn
 * after 10-15 s (teams-platform.md §3.5), so a connector call that takes longer is not coming back.
 */
export const SEND_TIMEOUT_MS = 15_000;

/** Full jitter (AWS architecture blog's "exponential backoff and jitter"): uniform in [0, min(cap, base * 2^n)). */
export function backoffMs(attempt: number, base = BACKOFF_BASE_MS, cap = BACKOFF_CAP_MS, random = Math.random): number {
  return Math.floor(random() * Math.min(cap, base * 2 ** attempt));
}
