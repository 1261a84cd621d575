import {
  applyClimateRound,
  type ClassClimateFlag,
  type ClimateFlagChange,
} from "../domain/scoring/class-climate-flag.js";
import { DEFAULT_CLIMATE_THRESHOLDS } from "../domain/scoring/evaluate-class-climate.js";
import { ConcurrentChangeError } from "../ports/case-stores.js";
import type { Clock } from "../ports/runtime.js";
import type { Queues, Stores } from "../ports/stores.js";
import { evaluateClassClimate } from "./evaluate-class-climate.js";

/** The job key of one climate flag's card to one teacher: a flag is told to each teacher once, never again. */
export const classClimateJobKey = (flagId: string, teacherId: string): string => `classClimate:${flagId}:${teacherId}`;

/** Attempts against a concurrent writer of the class's flag row. */
const MAX_ATTEMPTS = 3;

/**
 * When a round closes, judges the class's climate (aggregates of rounds with at least 5 respondents only) and keeps
 * the class's one open climate flag: a new flag is stored and a 1:1 card is queued for each teacher of the class
 * (the notification worker sends it; its key makes it once per teacher and flag); a further fall joins the open
 * flag quietly; a recovered round resolves it. Idempotent per round (the flag remembers the rounds it saw).
 */
export async function raiseClassClimateFlag(
  deps: { stores: Stores; queues: Queues; clock: Clock },
  input: { tenantId: string; classId: string; roundId: string },
): Promise<ClimateFlagChange | undefined> {
  const { stores } = deps;
  const report = await evaluateClassClimate(deps, input);
  const qualified = report.latestRespondents >= DEFAULT_CLIMATE_THRESHOLDS.minRespondents;
  const at = deps.clock.now().toISOString();
  for (let attempt = 1; ; attempt++) {
    const open = (await stores.classFlags.listClass(input.tenantId, input.classId)).find((f) => f.status === "open");
    const versioned = open && (await stores.classFlags.get(input.tenantId, input.classId, open.flagId));
    const change = applyClimateRound(versioned?.value, { ...input, qualified, at }, report.signals);
    if (!change) return undefined;
    // A new flag's cards are queued before the row is written: a crash in between raises (and queues) again on the
    // next tick, and the job keys make each teacher's card one delivery; a card that finds no row yet is retried.
    if (change.isNews) await queueTeacherCards(deps, change.flag, report.teacherIds);
    try {
      await stores.classFlags.put(change.flag, change.kind === "raise" ? undefined : versioned?.etag);
    } catch (error) {
      // Lost a race with another writer of the same class (a second leader's tick): re-read and apply again.
      if (!(error instanceof ConcurrentChangeError) || attempt >= MAX_ATTEMPTS) throw error;
      continue;
    }
    return change;
  }
}

async function queueTeacherCards(
  deps: { queues: Queues },
  flag: ClassClimateFlag,
  teacherIds: readonly string[],
): Promise<void> {
  for (const teacherId of new Set(teacherIds)) {
    await deps.queues.notifications.enqueue({
      kind: "classClimate",
      key: classClimateJobKey(flag.flagId, teacherId),
      tenantId: flag.tenantId,
      classId: flag.classId,
      flagId: flag.flagId,
      teacherId,
    });
  }
}
