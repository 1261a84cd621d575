import type { Flag } from "../domain/scoring/flag.js";
import type { Answer } from "../domain/survey/answer.js";
import type { SaveAnswerResult } from "../ports/survey-stores.js";
import type { FlagNews } from "./notify-mentors-of-flag.js";

/**
 * A replay (the same answer again: Teams re-sending, or the student pressing "Try again" after storage failed) is
 * never news to the flag, so a first attempt that stored the flag but failed before queueing the alert would leave
 * a request for help unheard. A replay of the answer that gave a still-open flag its latest reasons therefore queues
 * their urgent news again. The alert's job key (flag, reason count, mentor) is the first attempt's and the worker
 * sends a key once, so the mentor hears exactly once. Digest-only news is not replayed: the next digest lists an
 * open flag's student anyway.
 */
export function replayedUrgentNews(
  flag: Flag | undefined,
  answer: Pick<Answer, "roundId">,
  saved: SaveAnswerResult,
): FlagNews | undefined {
  if (saved !== "unchanged" || flag?.status !== "open" || flag.reasons.at(-1)?.roundId !== answer.roundId) {
    return undefined;
  }
  const fresh = flag.reasons.filter(
    (r) => r.roundId === answer.roundId && (r.kind === "helpRequest" || r.kind === "dropoutThoughts"),
  );
  return fresh.length > 0 ? { flag, fresh, previousSeverity: flag.severity } : undefined;
}
