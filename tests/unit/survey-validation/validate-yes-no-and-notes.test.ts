import { describe, expect, it } from "vitest";
import { isPlainNote, validateAnswer } from "../../../src/domain/survey/answer-validation.js";
import { answerValues, findQuestion } from "../../../src/domain/survey/items/index.js";
import type { Round } from "../../../src/domain/survey/round.js";

const now = new Date("2026-11-20T10:00:00Z");
const mood = findQuestion("mood-week")!;
const yesNo = findQuestion("adult-at-school")!;
const round: Round = {
  tenantId: "t",
  classId: "c",
  roundId: "r1",
  questions: [mood, yesNo],
  opensAt: "2026-11-20T08:00:00Z",
  closesAt: "2026-11-22T08:00:00Z",
  status: "open",
  delivery: "both",
  origin: "manual:u1",
};

describe("validating answers to yes/no items and help notes", () => {
  it("a yes/no item accepts exactly its answer values (1 and 5) and refuses 2, 3 and 4", () => {
    expect(yesNo.kind).toBe("yesNo");
    for (const value of [1, 2, 3, 4, 5]) {
      const result = validateAnswer(round, { values: { "mood-week": 3, "adult-at-school": String(value) } }, now);
      expect(result.ok, `value ${value}`).toBe(answerValues(yesNo).includes(value));
    }
  });

  it.each([
    ["an HTML tag", "hi <script>alert(1)</script>"],
    ["a markdown link", "see [here](https://evil.example)"],
    ["a markdown image", "![x](https://evil.example/x.png)"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a control character", "hi\u0007there"],
    ["a bidi override", "abc\u202edcba"],
  ])("refuses a note with %s", (_name, note) => {
    expect(validateAnswer(round, { values: {}, help: { target: "mentor", note } }, now)).toEqual({
      ok: false,
      reason: "noteNotPlainText",
    });
  });

  it("keeps ordinary notes with punctuation, hearts, stars and line breaks", () => {
    for (const note of ["I'm tired <3", "*sigh* it's a lot\nreally", "1. school 2. home", "a > b, (maybe)"]) {
      expect(isPlainNote(note), note).toBe(true);
    }
  });

  it("refuses a note that is not text", () => {
    expect(validateAnswer(round, { values: {}, help: { target: "mentor", note: { $ne: 1 } } }, now)).toEqual({
      ok: false,
      reason: "noteNotPlainText",
    });
  });
});
