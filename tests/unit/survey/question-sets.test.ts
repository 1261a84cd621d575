import { describe, expect, it } from "vitest";
import { CORE_QUESTIONS } from "../../../src/domain/survey/question-bank.js";
import {
  DEFAULT_QUESTION_SET_ID,
  DEFAULT_QUESTION_SETS,
  questionSetProblems,
  resolveQuestionSet,
  SET_SIZE_MAX,
  SET_SIZE_MIN,
  UnknownQuestionSetError,
  type QuestionSet,
} from "../../../src/domain/survey/question-sets.js";

describe("default question sets", () => {
  it.each(DEFAULT_QUESTION_SETS.map((s) => [s.id, s] as const))("%s is a valid set", (_, set) => {
    expect(questionSetProblems(set)).toEqual([]);
    expect(set.size).toBeGreaterThanOrEqual(SET_SIZE_MIN);
    expect(set.size).toBeLessThanOrEqual(SET_SIZE_MAX);
  });

  it("weekly-core always asks the three core items, then rotates", () => {
    const set = resolveQuestionSet("weekly-core");
    expect(set.fixed).toEqual(CORE_QUESTIONS.map((q) => q.id));
    expect(set.cadence).toBe("weekly");
    expect(set.rotating.length).toBeGreaterThan(0);
  });

  it("fortnightly-5 asks five questions every two weeks", () => {
    const set = resolveQuestionSet("fortnightly-5");
    expect(set.size).toBe(5);
    expect(set.cadence).toBe("fortnightly");
  });

  it("the default set id resolves", () => {
    expect(resolveQuestionSet(DEFAULT_QUESTION_SET_ID).id).toBe("weekly-core");
  });
});

describe("resolving a question set", () => {
  it("rejects an unknown id with a coded error naming the id", () => {
    expect(() => resolveQuestionSet("no-such-set")).toThrow(UnknownQuestionSetError);
    try {
      resolveQuestionSet("no-such-set");
    } catch (error) {
      expect((error as UnknownQuestionSetError).code).toBe("unknownQuestionSet");
      expect((error as Error).message).toContain('"no-such-set"');
      expect((error as Error).message).toContain("weekly-core");
    }
  });

  it("finds a school's own set, and lets it shadow a default", () => {
    const own: QuestionSet = {
      ...resolveQuestionSet("weekly-core"),
      size: 4,
      name: { ...resolveQuestionSet("weekly-core").name },
    };
    expect(resolveQuestionSet("weekly-core", [own]).size).toBe(4);
    const extra: QuestionSet = { ...own, id: "school-short" };
    expect(resolveQuestionSet("school-short", [extra])).toBe(extra);
  });
});

describe("checking a school's own set", () => {
  const base = resolveQuestionSet("weekly-core");

  it("rejects more than five or fewer than two questions", () => {
    expect(questionSetProblems({ ...base, size: 6 })).toContainEqual(expect.stringContaining("outside 2-5"));
    expect(questionSetProblems({ ...base, fixed: ["mood-week"], size: 1 })).toContainEqual(
      expect.stringContaining("outside 2-5"),
    );
  });

  it("rejects unknown items, repeated items and mixed-dimension groups", () => {
    expect(questionSetProblems({ ...base, fixed: ["mood-week", "nope"], size: 4 })).toContainEqual(
      'unknown item "nope"',
    );
    expect(questionSetProblems({ ...base, rotating: [...base.rotating, ["mood-week"]] })).toContain(
      "an item appears more than once",
    );
    expect(questionSetProblems({ ...base, rotating: [["teacher-listen", "safety-online"]], size: 4 })).toContain(
      "group 0 must hold items of one dimension",
    );
  });

  it("rejects a set whose rotating slots outnumber its groups", () => {
    expect(questionSetProblems({ ...base, rotating: [["teacher-listen"]] })).toContainEqual(
      expect.stringContaining("at least as many groups"),
    );
  });
});
