import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateAnswer } from "../../../src/domain/scoring/evaluate-answer.js";
import { evaluateMissedRound } from "../../../src/domain/scoring/evaluate-missed-round.js";
import { severityOf } from "../../../src/domain/scoring/flag.js";
import { mergeFlag, resolveIfQuiet } from "../../../src/domain/scoring/merge-flag.js";
import { emptyStudentState, type StudentState } from "../../../src/domain/scoring/student-state.js";
import { DEFAULT_THRESHOLDS } from "../../../src/domain/scoring/thresholds.js";
import type { Question } from "../../../src/domain/survey/question.js";
import { CORE_QUESTIONS } from "../../../src/domain/survey/question-bank.js";

/** Known questions plus ones whose dimension no rule knows (a future or corrupted question set). */
const questions: Question[] = [
  ...CORE_QUESTIONS,
  { ...CORE_QUESTIONS[0]!, id: "odd-1", dimension: "notADimension" as Question["dimension"] },
  { ...CORE_QUESTIONS[0]!, id: "stress", dimension: "workload", higherIsBetter: false },
];

/** One step of an odd history: an answer (values may be missing, off-scale or NaN), or a missed round. */
const step = fc.oneof(
  fc.record({
    kind: fc.constant("answer" as const),
    round: fc.integer({ min: 0, max: 6 }), // few round ids, so duplicates and replays are common
    values: fc.dictionary(
      fc.constantFrom(...questions.map((q) => q.id), "unknown-question"),
      fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ noDefaultInfinity: false })),
    ),
    help: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("missed" as const), round: fc.integer({ min: 0, max: 6 }), reached: fc.boolean() }),
);

/** A state row as storage might hold it: possibly short, empty or with gaps in what it remembers. */
const storedState = fc.record({
  recent: fc.dictionary(
    fc.constantFrom("mood", "belonging", "energy", "unknownDim"),
    fc.array(fc.double({ min: 1, max: 5, noNaN: true }), { maxLength: 8 }), // RECENT_VALUES_KEPT
  ),
  missedInRow: fc.nat(10),
  quietRounds: fc.nat(10),
  countedRounds: fc.array(fc.constantFrom("r0", "r1", "r2", "r3"), { maxLength: 12 }),
});

describe("flag rules on odd histories", () => {
  it("never throw, keep the state row bounded, and give every flag a severity from 1 to 3", () => {
    fc.assert(
      fc.property(storedState, fc.array(step, { maxLength: 30 }), (start, steps) => {
        let state: StudentState = { ...emptyStudentState("t", "c", "s", "x"), ...start } as StudentState;
        let flag = undefined as ReturnType<typeof mergeFlag> extends infer C
          ? (C extends { flag: infer F } ? F : never) | undefined
          : never;
        steps.forEach((s, i) => {
          const at = new Date(Date.UTC(2026, 0, 1 + i)).toISOString();
          const roundId = `r${s.round}`;
          const evaluation =
            s.kind === "answer"
              ? evaluateAnswer(
                  state,
                  {
                    tenantId: "t",
                    classId: "c",
                    roundId,
                    studentId: "s",
                    values: s.values,
                    ...(s.help ? { help: { target: "mentor" as const } } : {}),
                    answeredAt: at,
                  },
                  questions,
                  DEFAULT_THRESHOLDS,
                )
              : evaluateMissedRound(state, roundId, at, s.reached, DEFAULT_THRESHOLDS);
          state = evaluation.state;
          const change = mergeFlag(
            flag,
            evaluation.reasons,
            { tenantId: "t", classId: "c", studentId: "s", newFlagId: `f${i}` },
            at,
          );
          flag = change?.flag ?? resolveIfQuiet(flag, state, DEFAULT_THRESHOLDS, at) ?? flag;
        });
        for (const values of Object.values(state.recent)) expect(values!.length).toBeLessThanOrEqual(8);
        expect(state.countedRounds.length).toBeLessThanOrEqual(12);
        expect(state.trend.length).toBeLessThanOrEqual(8);
        if (flag) {
          expect([1, 2, 3]).toContain(flag.severity);
          expect(flag.severity).toBe(severityOf(flag.reasons));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("an empty or one-answer history never produces a drop (no baseline yet)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (first, second) => {
        const start = emptyStudentState("t", "c", "s", "x");
        const answer = (roundId: string, v: number) => ({
          tenantId: "t",
          classId: "c",
          roundId,
          studentId: "s",
          values: Object.fromEntries(CORE_QUESTIONS.map((q) => [q.id, v])),
          answeredAt: "2026-01-01T00:00:00Z",
        });
        const one = evaluateAnswer(start, answer("r1", first), CORE_QUESTIONS, DEFAULT_THRESHOLDS);
        const two = evaluateAnswer(one.state, answer("r2", second), CORE_QUESTIONS, DEFAULT_THRESHOLDS);
        expect([...one.reasons, ...two.reasons].some((r) => r.kind === "drop")).toBe(false);
      }),
    );
  });
});
