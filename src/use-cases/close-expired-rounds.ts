import { evaluateMissedRound } from "../domain/scoring/evaluate-missed-round.js";
import { mergeFlag } from "../domain/scoring/merge-flag.js";
import { emptyStudentState } from "../domain/scoring/student-state.js";
import { DEFAULT_SCHOOL_SETTINGS } from "../domain/scoring/school-settings.js";
import type { Thresholds } from "../domain/scoring/thresholds.js";
import type { Round } from "../domain/survey/round.js";
import { ConcurrentChangeError } from "../ports/case-stores.js";
import type { Clock, IdGenerator } from "../ports/runtime.js";
import type { Queues, Stores } from "../ports/stores.js";
import { CHANNEL_RECIPIENT } from "../ports/survey-sends.js";
import { raiseClassClimateFlag } from "./raise-class-climate-flag.js";
import { notifyMentorsOfFlag } from "./notify-mentors-of-flag.js";

export interface CloseRoundsDeps {
  stores: Stores;
  queues: Queues;
  clock: Clock;
  ids: IdGenerator;
}

/** Rounds per class looked at each tick: a class never has more than a couple open at once. */
const RECENT_ROUNDS = 5;
/** Attempts against concurrent changes of one student's rows (an answer arriving at the same moment). */
const MAX_ATTEMPTS = 5;

/**
 * The scheduler's minute tick, closing side: every open round past its closing time is closed, after its silence
 * is counted and the class's climate judged. Both are idempotent (the state remembers counted rounds; a climate flag
 * is keyed by its round), so a crash before the close only repeats harmless work on the next tick.
 */
export async function closeExpiredRounds(deps: CloseRoundsDeps, input: { tenantIds: readonly string[] }) {
  const closed: Round[] = [];
  const now = deps.clock.now().getTime();
  for (const tenantId of input.tenantIds) {
    // The school's own thresholds, read once per school and tick: silence follows the same settings as answers.
    const thresholds =
      (await deps.stores.schoolSettings.get(tenantId))?.value.thresholds ?? DEFAULT_SCHOOL_SETTINGS.thresholds;
    for (const schoolClass of await deps.stores.classes.list(tenantId)) {
      for (const round of await deps.stores.rounds.latest(tenantId, schoolClass.classId, RECENT_ROUNDS)) {
        if (round.status !== "open" || Date.parse(round.closesAt) > now) continue;
        await countSilence(deps, round, thresholds);
        // Before the close, like silence: both are idempotent, so a crash in between repeats them on the next tick.
        await raiseClassClimateFlag(deps, { tenantId, classId: round.classId, roundId: round.roundId });
        await deps.stores.rounds.close(tenantId, round.classId, round.roundId);
        closed.push(round);
      }
    }
  }
  return closed;
}

/**
 * Students the round reached (a `sent` delivery) who did not answer missed it (evaluateMissedRound); a flag for
 * silence joins the student's open flag and mentors hear about it as for any flag news. Students the round never
 * reached are not silent: that is our failure, not theirs.
 */
async function countSilence(deps: CloseRoundsDeps, round: Round, thresholds: Thresholds): Promise<void> {
  const { stores } = deps;
  const [deliveries, answers] = await Promise.all([
    stores.deliveries.listRound(round.tenantId, round.roundId),
    stores.answers.listRound(round.tenantId, round.roundId),
  ]);
  const answered = new Set(answers.map((a) => a.studentId));
  for (const d of deliveries) {
    if (d.recipientId === CHANNEL_RECIPIENT || d.status !== "sent" || answered.has(d.recipientId)) continue;
    await applyMissedRound(deps, round, d.recipientId, thresholds);
  }
}

async function applyMissedRound(deps: CloseRoundsDeps, round: Round, studentId: string, thresholds: Thresholds) {
  const { stores } = deps;
  const { tenantId, classId } = round;
  for (let attempt = 1; ; attempt++) {
    const read = await stores.studentStates.get(tenantId, classId, studentId);
    const name = read ? "" : ((await stores.members.get(tenantId, classId, studentId))?.name ?? "");
    const state = read?.value ?? emptyStudentState(tenantId, classId, studentId, name);
    const evaluation = evaluateMissedRound(state, round.roundId, round.closesAt, true, thresholds);
    if (evaluation.state === state) return; // counted before
    const current = state.flagId ? await stores.flags.get(tenantId, studentId, state.flagId) : undefined;
    const newFlagId = !current && state.flagId ? state.flagId : deps.ids.next();
    const change = mergeFlag(
      current?.value,
      evaluation.reasons,
      { tenantId, classId, studentId, newFlagId },
      round.closesAt,
    );
    const changed = change && change.flag !== current?.value ? change.flag : undefined;
    try {
      await stores.studentStates.put(
        changed ? { ...evaluation.state, flagId: changed.flagId } : evaluation.state,
        read?.etag,
      );
      if (changed) {
        const sameRow = current && current.value.flagId === changed.flagId;
        await stores.flags.put(changed, sameRow ? current.etag : undefined);
      }
      // The same routing as an answer's news: urgent now, the rest into the mentor's digest (at the school's hour).
      if (change?.isNews) await notifyMentorsOfFlag(deps, change);
      return;
    } catch (error) {
      if (!(error instanceof ConcurrentChangeError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
