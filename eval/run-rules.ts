import { evaluateAnswer } from "../src/domain/scoring/evaluate-answer.js";
import { evaluateMissedRound } from "../src/domain/scoring/evaluate-missed-round.js";
import type { FlagReason } from "../src/domain/scoring/flag.js";
import { emptyStudentState } from "../src/domain/scoring/student-state.js";
import type { Thresholds } from "../src/domain/scoring/thresholds.js";
import type { Answer } from "../src/domain/survey/answer.js";
import { CORE_QUESTIONS } from "../src/domain/survey/question-bank.js";
import { observe, type SimStudent } from "./cohort.js";
import { mulberry32 } from "./prng.js";

/** Share of rounds that fail to reach a student (blocked, app removed): they must never look like silence. */
const DELIVERY_FAILURE_RATE = 0.03;

export interface StudentOutcome {
  student: SimStudent;
  /** Weeks in which a new flag opened (an alarm a mentor hears about). */
  flagOpenWeeks: number[];
  /** Weeks in which the student had an open flag. */
  flaggedWeeks: number[];
}

/** Runs the production rules over the whole term for every simulated student. */
export function runRules(
  cohort: readonly SimStudent[],
  weeks: number,
  thresholds: Thresholds,
  seed: number,
): StudentOutcome[] {
  const random = mulberry32(seed);
  return cohort.map((student) => {
    let state = emptyStudentState("sim", "class", student.id, "");
    let flagOpen = false;
    let quiet = 0;
    const flagOpenWeeks: number[] = [];
    const flaggedWeeks: number[] = [];
    for (let week = 0; week < weeks; week++) {
      const roundId = `w${week}`;
      const at = new Date(Date.UTC(2026, 7, 17 + 7 * week)).toISOString();
      const reached = random() >= DELIVERY_FAILURE_RATE;
      let reasons: FlagReason[];
      if (!reached || random() < (student.missProbability[week] ?? 0)) {
        ({ state, reasons } = evaluateMissedRound(state, roundId, at, reached, thresholds));
      } else {
        const latent = student.latent[week] ?? 3;
        const values = Object.fromEntries(CORE_QUESTIONS.map((q) => [q.id, observe(latent, random)]));
        const answer: Answer = {
          tenantId: "sim",
          classId: "class",
          roundId,
          studentId: student.id,
          values,
          answeredAt: at,
        };
        ({ state, reasons } = evaluateAnswer(state, answer, CORE_QUESTIONS, thresholds));
      }
      if (reasons.length > 0) {
        if (!flagOpen) flagOpenWeeks.push(week);
        flagOpen = true;
        quiet = 0;
      } else if (flagOpen && ++quiet >= thresholds.resolveAfterGoodRounds) {
        flagOpen = false;
      }
      if (flagOpen) flaggedWeeks.push(week);
    }
    return { student, flagOpenWeeks, flaggedWeeks };
  });
}
