import type { Flag } from "../domain/scoring/flag.js";
import { DEFAULT_THRESHOLDS, type Thresholds } from "../domain/scoring/thresholds.js";
import type { Answer } from "../domain/survey/answer.js";
import { validateAnswer, type AnswerRejection, type SubmittedAnswer } from "../domain/survey/answer-validation.js";
import type { Round } from "../domain/survey/round.js";
import type { Clock, IdGenerator } from "../ports/runtime.js";
import type { Queues, Stores } from "../ports/stores.js";
import type { SaveAnswerResult } from "../ports/survey-stores.js";
import { applyAnswerToState } from "./apply-answer-to-state.js";
import { DEFAULT_TIME_ZONE } from "./install-in-team.js";
import { notifyMentorsOfFlag, readMentorRouting, type MentorRouting } from "./notify-mentors-of-flag.js";
import { replayedUrgentNews } from "./replayed-urgent-news.js";

export interface RecordAnswerDeps {
  stores: Stores;
  queues: Queues;
  clock: Clock;
  ids: IdGenerator;
  /** Overrides the school's stored thresholds (tests, the simulator); absent, the school's settings row decides. */
  thresholds?: Thresholds;
}

export interface RecordAnswerInput {
  tenantId: string;
  /** From the card's data: where to find the round. Trusted only after the checks below. */
  classId: string;
  roundId: string;
  /** From the authenticated activity (`from.aadObjectId`), never from card data. */
  studentId: string;
  submitted: SubmittedAnswer;
}

export type RecordAnswerRejection = AnswerRejection | "roundNotFound" | "notStudent";

export type RecordAnswerResult =
  | {
      ok: true;
      round: Round;
      answer: Answer;
      saved: SaveAnswerResult;
      flag: Flag | undefined;
      mentorsNotified: number;
      timeZone: string;
    }
  | { ok: false; reason: RecordAnswerRejection; round?: Round | undefined };

/**
 * A student answers a survey: the round must exist and be open, the sender must be a student of its class, every
 * value on the scale. A valid answer is stored once (the same answer twice is one row; a change replaces it), then
 * scored against the student's state; news about a flag is queued for the mentors. Invalid: nothing is stored.
 */
export async function recordAnswer(deps: RecordAnswerDeps, input: RecordAnswerInput): Promise<RecordAnswerResult> {
  const { stores } = deps;
  const round = await stores.rounds.get(input.tenantId, input.classId, input.roundId);
  if (!round) return { ok: false, reason: "roundNotFound" };
  // Both checks are reads and both must pass before anything is written, so they run side by side.
  const [member, excluded] = await Promise.all([
    stores.members.get(input.tenantId, round.classId, input.studentId),
    stores.privacy?.isExcluded(input.tenantId, input.studentId),
  ]);
  // An erased or protected student stores nothing, even from a late duplicate of a card sent before (trust.md P15).
  if (excluded) return { ok: false, reason: "notStudent", round };
  if (member?.role !== "student") return { ok: false, reason: "notStudent", round };
  const now = deps.clock.now();
  const validated = validateAnswer(round, input.submitted, now);
  if (!validated.ok) return { ok: false, reason: validated.reason, round };

  const answer: Answer = {
    tenantId: input.tenantId,
    classId: round.classId,
    roundId: round.roundId,
    studentId: input.studentId,
    values: validated.values,
    ...(validated.help ? { help: validated.help } : {}),
    answeredAt: now.toISOString(),
  };
  // Independent reads run beside the answer write: each is one point read, whatever the student's history. The
  // school's settings row gives the thresholds (absent: DESIGN §3's tuned defaults). The state row is read here too:
  // it is only written after the answer is stored, and with the ETag of this read, so a change meanwhile is retried.
  const [saved, thresholds, schoolClass, stateRead] = await Promise.all([
    stores.answers.save(answer, round.opensAt),
    deps.thresholds ??
      stores.schoolSettings.get(input.tenantId).then((row) => row?.value.thresholds ?? DEFAULT_THRESHOLDS),
    stores.classes.get(input.tenantId, round.classId),
    stores.studentStates.get(input.tenantId, round.classId, input.studentId),
  ]);
  const prefetched = { read: stateRead };
  // A low answer is usually news for the student's mentors: who to tell (mentorships, then their snoozes) is read
  // beside the state and flag writes instead of after them, two round trips less. Unused (no news after all) or
  // failed, the read is dropped quietly; used, its failure fails the answer as before.
  let routing: Promise<MentorRouting> | undefined;
  const startRouting = () => {
    routing = readMentorRouting(stores, input.tenantId, input.studentId);
    routing.catch(() => undefined);
  };
  const outcome = await applyAnswerToState(
    { stores, ids: deps.ids, thresholds },
    round,
    answer,
    member.name,
    prefetched,
    startRouting,
  );
  const news =
    outcome.isNews && outcome.flag
      ? { ...outcome, flag: outcome.flag }
      : replayedUrgentNews(outcome.flag, answer, saved);
  const notified = news ? await notifyMentorsOfFlag(deps, news, routing) : undefined;
  const mentorsNotified = notified ? notified.now + notified.digest : 0;
  return {
    ok: true,
    round,
    answer,
    saved,
    flag: outcome.flag,
    mentorsNotified,
    timeZone: schoolClass?.timeZone ?? DEFAULT_TIME_ZONE,
  };
}
