import { describe, expect, it } from "vitest";
import { evaluateAnswer } from "../../../src/domain/scoring/evaluate-answer.js";
import { emptyStudentState } from "../../../src/domain/scoring/student-state.js";
import { DEFAULT_THRESHOLDS } from "../../../src/domain/scoring/thresholds.js";
import type { Answer } from "../../../src/domain/survey/answer.js";
import { CORE_QUESTIONS } from "../../../src/domain/survey/question-bank.js";
import type { Question } from "../../../src/domain/survey/question.js";

const answer = (
  roundId: string,
  mood: number,
  belonging: number,
  energy: number,
  extra: Partial<Answer> = {},
): Answer => ({
  tenantId: "t",
  classId: "c",
  roundId,
  studentId: "s",
  values: { "mood-week": mood, "belonging-class": belonging, "energy-week": energy },
  answeredAt: "2026-11-20T10:00:00.000Z",
  ...extra,
});
const fresh = () => emptyStudentState("t", "c", "s", "Alma Testesen");

describe("evaluating one answer", () => {
  it("when every value is fine, no reason is raised and the baseline grows", () => {
    const { state, reasons } = evaluateAnswer(fresh(), answer("r1", 4, 4, 5), CORE_QUESTIONS, DEFAULT_THRESHOLDS);
    expect(reasons).toEqual([]);
    expect(state.recent.mood).toEqual([4]);
    expect(state.trend).toEqual([4.3]);
    expect(state.countedRounds).toEqual(["r1"]);
  });

  it("when a value is 1, a low score is raised for that dimension at once", () => {
    const { reasons } = evaluateAnswer(fresh(), answer("r1", 4, 1, 4), CORE_QUESTIONS, DEFAULT_THRESHOLDS);
    expect(reasons).toEqual([expect.objectContaining({ kind: "lowScore", dimension: "belonging", value: 1 })]);
  });

  it("a single 2 among good answers is noise; a second 2 in a row on the same dimension is a low score", () => {
    const first = evaluateAnswer(fresh(), answer("r1", 4, 2, 4), CORE_QUESTIONS, DEFAULT_THRESHOLDS);
    expect(first.reasons).toEqual([]);
    const second = evaluateAnswer(first.state, answer("r2", 4, 2, 4), CORE_QUESTIONS, DEFAULT_THRESHOLDS);
    expect(second.reasons).toEqual([expect.objectContaining({ kind: "lowScore", dimension: "belonging", value: 2 })]);
  });

  it("a 2 in a round that is low overall is a low score at once", () => {
    const { reasons } = evaluateAnswer(fresh(), answer("r1", 2, 2, 3), CORE_QUESTIONS, DEFAULT_THRESHOLDS);
    expect(reasons.map((r) => r.dimension)).toEqual(["mood", "belonging"]);
  });

  it("when a student drops 1.0 below their own baseline of 3 answers, a drop is raised", () => {
    let state = fresh();
    for (const id of ["r1", "r2", "r3"])
      state = evaluateAnswer(state, answer(id, 5, 4, 4), CORE_QUESTIONS, DEFAULT_THRESHOLDS).state;
    const { reasons } = evaluateAnswer(state, answer("r4", 4, 3, 3), CORE_QUESTIONS, DEFAULT_THRESHOLDS);
    expect(reasons.map((r) => [r.kind, r.dimension, r.baseline])).toEqual([
      ["drop", "mood", 5],
      ["drop", "belonging", 4],
      ["drop", "energy", 4],
    ]);
  });

  it("one item falling while the rest of the round holds is not a drop", () => {
    let state = fresh();
    for (const id of ["r1", "r2", "r3"])
      state = evaluateAnswer(state, answer(id, 5, 4, 4), CORE_QUESTIONS, DEFAULT_THRESHOLDS).state;
    expect(evaluateAnswer(state, answer("r4", 4, 4, 4), CORE_QUESTIONS, DEFAULT_THRESHOLDS).reasons).toEqual([]);
  });

  it("with fewer than 3 earlier answers, no drop is raised", () => {
    let state = fresh();
    for (const id of ["r1", "r2"])
      state = evaluateAnswer(state, answer(id, 5, 5, 5), CORE_QUESTIONS, DEFAULT_THRESHOLDS).state;
    expect(evaluateAnswer(state, answer("r3", 3, 3, 3), CORE_QUESTIONS, DEFAULT_THRESHOLDS).reasons).toEqual([]);
  });

  it("a help request is a reason even when every value is fine", () => {
    const { reasons } = evaluateAnswer(
      fresh(),
      answer("r1", 5, 5, 5, { help: { target: "counsellor" } }),
      CORE_QUESTIONS,
      DEFAULT_THRESHOLDS,
    );
    expect(reasons).toEqual([expect.objectContaining({ kind: "helpRequest", helpTarget: "counsellor" })]);
  });

  it("an item where higher is worse is normalised before comparing", () => {
    const stress: Question = { ...CORE_QUESTIONS[0]!, id: "stress", dimension: "workload", higherIsBetter: false };
    const a = { ...answer("r1", 3, 3, 3), values: { stress: 5 } }; // "very stressed" = 1 once normalised
    const { reasons } = evaluateAnswer(fresh(), a, [stress], DEFAULT_THRESHOLDS);
    expect(reasons).toEqual([expect.objectContaining({ kind: "lowScore", dimension: "workload", value: 1 })]);
  });

  it("when the same round is evaluated again, the baseline is not counted twice", () => {
    const once = evaluateAnswer(fresh(), answer("r1", 4, 4, 4), CORE_QUESTIONS, DEFAULT_THRESHOLDS).state;
    const twice = evaluateAnswer(once, answer("r1", 1, 4, 4), CORE_QUESTIONS, DEFAULT_THRESHOLDS);
    expect(twice.state).toBe(once);
    expect(twice.reasons.map((r) => r.kind)).toEqual(["lowScore"]);
  });

  it("an answer resets the silence counter", () => {
    const state = { ...fresh(), missedInRow: 3 };
    expect(evaluateAnswer(state, answer("r9", 4, 4, 4), CORE_QUESTIONS, DEFAULT_THRESHOLDS).state.missedInRow).toBe(0);
  });
});
