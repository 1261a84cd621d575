import {
  evaluateClassClimate as evaluate,
  type ClassClimateSignal,
  type ClassRoundAggregate,
} from "../domain/scoring/evaluate-class-climate.js";
import type { Dimension } from "../domain/survey/question.js";
import { normalisedValue } from "../domain/survey/question.js";
import type { Stores } from "../ports/stores.js";

/** Rounds looked at: the latest plus enough earlier ones for a baseline of 3 even if a few were small. */
const ROUNDS_READ = 8;

export interface ClassClimateReport {
  signals: ClassClimateSignal[];
  /** Respondents of the round judged: with fewer than 5 it says nothing, not even that the class recovered. */
  latestRespondents: number;
  /** Who the report is for: the class's teachers (team owners), never individual students' mentors. */
  teacherIds: string[];
}

/**
 * Builds per-round class aggregates (one partition query per round: the round's answers) and asks the pure rule
 * whether the class's climate fell against its own baseline. Only aggregates leave this function.
 */
export async function evaluateClassClimate(
  deps: { stores: Pick<Stores, "rounds" | "answers" | "members"> },
  input: { tenantId: string; classId: string; roundId?: string },
): Promise<ClassClimateReport> {
  const { stores } = deps;
  const newestFirst = await stores.rounds.latest(input.tenantId, input.classId, ROUNDS_READ);
  // Judged at `roundId` (the round being closed): that round and the finished ones before it; a newer or still
  // open round is not part of the class's baseline yet.
  const at = input.roundId === undefined ? 0 : newestFirst.findIndex((r) => r.roundId === input.roundId);
  const rounds = newestFirst
    .slice(at < 0 ? newestFirst.length : at)
    .filter((r) => r.status !== "open" || r.roundId === input.roundId)
    .reverse();
  const aggregates: ClassRoundAggregate[] = [];
  for (const round of rounds) {
    const answers = await stores.answers.listRound(input.tenantId, round.roundId);
    const sums = new Map<Dimension, { total: number; n: number }>();
    for (const answer of answers) {
      for (const question of round.questions) {
        const raw = answer.values[question.id];
        if (raw === undefined) continue;
        const sum = sums.get(question.dimension) ?? { total: 0, n: 0 };
        sums.set(question.dimension, { total: sum.total + normalisedValue(question, raw), n: sum.n + 1 });
      }
    }
    const means = Object.fromEntries([...sums].map(([d, s]) => [d, s.total / s.n]));
    aggregates.push({ roundId: round.roundId, respondents: answers.length, means });
  }
  const members = await stores.members.list(input.tenantId, input.classId);
  const latest = aggregates[aggregates.length - 1];
  return {
    signals: evaluate(aggregates),
    latestRespondents:
      latest?.roundId === input.roundId || input.roundId === undefined ? (latest?.respondents ?? 0) : 0,
    teacherIds: members.filter((m) => m.role === "teacher").map((m) => m.userId),
  };
}
