import { evaluateAnswer } from "../scoring/evaluate-answer.js";
import { evaluateMissedRound } from "../scoring/evaluate-missed-round.js";
import type { Flag, FlagReason } from "../scoring/flag.js";
import { mergeFlag, resolveIfQuiet } from "../scoring/merge-flag.js";
import { emptyStudentState, type StudentState } from "../scoring/student-state.js";
import type { Thresholds } from "../scoring/thresholds.js";
import type { Answer } from "../survey/answer.js";
import type { DemoRound, DemoSchool } from "./demo-school.js";

export interface ReplayedStudent {
  state: StudentState;
  flag?: Flag;
}

export interface StudentHistory {
  tenantId: string;
  classId: string;
  studentId: string;
  studentName: string;
  /** The class's rounds, oldest first. */
  rounds: readonly DemoRound[];
  /** The student's answers by round id. */
  answers: ReadonlyMap<string, Answer>;
}

/** A flag is named after the round that opened it; flags are stored per student, so this is unique. */
export const demoFlagId = (roundId: string): string => `flag-${roundId}`;

/**
 * Replays one student's history through the real rules, in the order the live app meets the events: each answer
 * when it arrives, each unanswered round when it closes. The demo's states and flags are therefore exactly what
 * the rules would have produced, never hand-made. A flag may end resolved, as a quiet run of rounds resolves it.
 */
export function replayStudent(history: StudentHistory, thresholds: Thresholds): ReplayedStudent {
  const { tenantId, classId, studentId } = history;
  let state = emptyStudentState(tenantId, classId, studentId, history.studentName);
  let flag: Flag | undefined;
  /** Mirrors use-cases/apply-answer-to-state: merge the reasons, or else let a quiet run resolve the flag. */
  const apply = (reasons: FlagReason[], roundId: string, at: string, mayResolve: boolean) => {
    const change = mergeFlag(flag, reasons, { tenantId, classId, studentId, newFlagId: demoFlagId(roundId) }, at);
    const next = change ? change.flag : mayResolve ? resolveIfQuiet(flag, state, thresholds, at) : undefined;
    if (!next) return;
    flag = next;
    state = { ...state, flagId: next.flagId };
  };
  for (const { round, deliveries } of history.rounds) {
    const answer = history.answers.get(round.roundId);
    if (answer) {
      const evaluation = evaluateAnswer(state, answer, round.questions, thresholds);
      state = { ...evaluation.state, flagId: state.flagId };
      apply(evaluation.reasons, round.roundId, answer.answeredAt, true);
    } else if (round.status === "closed") {
      const reached = deliveries.some((d) => d.studentId === studentId && d.reached);
      const missed = evaluateMissedRound(state, round.roundId, round.closesAt, reached, thresholds);
      state = missed.state;
      apply(missed.reasons, round.roundId, round.closesAt, false);
    }
  }
  return flag ? { state, flag } : { state };
}

/** Replays every demo student; the seed stores the result and the tests compare stored rows against it. */
export function replayDemoSchool(school: DemoSchool, thresholds: Thresholds): ReplayedStudent[] {
  const roundsByClass = new Map<string, DemoRound[]>();
  for (const r of school.rounds) {
    const list = roundsByClass.get(r.round.classId) ?? [];
    list.push(r);
    roundsByClass.set(r.round.classId, list);
  }
  const answersByStudent = new Map<string, Map<string, Answer>>();
  for (const a of school.answers) {
    const map = answersByStudent.get(a.studentId) ?? new Map<string, Answer>();
    map.set(a.roundId, a);
    answersByStudent.set(a.studentId, map);
  }
  return school.students.map(({ member }) =>
    replayStudent(
      {
        tenantId: school.tenantId,
        classId: member.classId,
        studentId: member.userId,
        studentName: member.name,
        rounds: roundsByClass.get(member.classId) ?? [],
        answers: answersByStudent.get(member.userId) ?? new Map(),
      },
      thresholds,
    ),
  );
}
