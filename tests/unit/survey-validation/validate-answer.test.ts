import { describe, expect, it } from "vitest";
import { validateAnswer } from "../../../src/domain/survey/answer-validation.js";
import { CORE_QUESTIONS } from "../../../src/domain/survey/question-bank.js";
import type { Round } from "../../../src/domain/survey/round.js";

const now = new Date("2026-11-20T10:00:00Z");
const round: Round = {
  tenantId: "t",
  classId: "c",
  roundId: "r1",
  questions: CORE_QUESTIONS,
  opensAt: "2026-11-20T08:00:00Z",
  closesAt: "2026-11-22T08:00:00Z",
  status: "open",
  delivery: "both",
  origin: "manual:u1",
};
const values = { "mood-week": 4, "belonging-class": 3, "energy-week": 5 };

describe("validating a submitted answer", () => {
  it("accepts every value on the scale, including numeric strings from card inputs", () => {
    expect(validateAnswer(round, { values: { ...values, "mood-week": "2" } }, now)).toEqual({
      ok: true,
      values: { ...values, "mood-week": 2 },
    });
  });

  it.each([
    ["a value off the scale", { ...values, "mood-week": 6 }, "valueOffScale"],
    ["a fractional value", { ...values, "mood-week": 2.5 }, "valueOffScale"],
    ["a value of the wrong type", { ...values, "mood-week": { $gt: 1 } }, "valueOffScale"],
    ["an unknown question", { ...values, injected: 3 }, "unknownQuestion"],
    ["a missing value", { "mood-week": 4 }, "missingValue"],
  ])("refuses %s", (_name, submitted, reason) => {
    expect(validateAnswer(round, { values: submitted as Record<string, unknown> }, now)).toEqual({ ok: false, reason });
  });

  it("refuses an answer to a closed round", () => {
    expect(validateAnswer({ ...round, status: "closed" }, { values }, now)).toEqual({
      ok: false,
      reason: "roundClosed",
    });
    expect(validateAnswer(round, { values }, new Date("2026-11-23T00:00:00Z"))).toEqual({
      ok: false,
      reason: "roundClosed",
    });
  });

  it("lets a student ask for help without answering every question, keeping a trimmed note", () => {
    const result = validateAnswer(round, { values: {}, help: { target: "counsellor", note: "  can we talk?  " } }, now);
    expect(result).toEqual({ ok: true, values: {}, help: { target: "counsellor", note: "can we talk?" } });
  });

  it("refuses a note over 500 characters and an unknown help target", () => {
    expect(validateAnswer(round, { values, help: { target: "mentor", note: "x".repeat(501) } }, now)).toEqual({
      ok: false,
      reason: "noteTooLong",
    });
    expect(validateAnswer(round, { values, help: { target: "principal" } }, now)).toEqual({
      ok: false,
      reason: "unknownHelpTarget",
    });
  });
});
