import { describe, expect, it } from "vitest";
import { CORE_QUESTIONS } from "../../../src/domain/survey/question-bank.js";
import { DIMENSIONS, normalisedValue, type Question } from "../../../src/domain/survey/question.js";
import { answerValues, findQuestion, QUESTION_BANK, questionsFor } from "../../../src/domain/survey/items/index.js";
import { LOCALES } from "../../../src/domain/locale.js";

const LABELS_PER_KIND: Record<Question["kind"], number> = { scale5: 5, yesNo: 2, choice: 0 };

describe("the question bank", () => {
  it("holds at least 30 items", () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(30);
  });

  it("gives every item a unique id", () => {
    const ids = QUESTION_BANK.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(DIMENSIONS)("has at least 3 items for %s", (dimension) => {
    expect(questionsFor(dimension).length).toBeGreaterThanOrEqual(3);
  });

  it("includes the three weekly core items as the very same objects", () => {
    for (const core of CORE_QUESTIONS) expect(findQuestion(core.id)).toBe(core);
  });

  it("ships only 5-point and yes/no items, mostly 5-point", () => {
    const kinds = QUESTION_BANK.map((q) => q.kind);
    expect(kinds.every((k) => k === "scale5" || k === "yesNo")).toBe(true);
    expect(kinds.filter((k) => k === "yesNo").length).toBeGreaterThanOrEqual(3);
    expect(kinds.filter((k) => k === "scale5").length).toBeGreaterThan(kinds.length * 0.75);
  });

  it("has items where a high answer is the worrying end", () => {
    expect(QUESTION_BANK.filter((q) => !q.higherIsBetter).map((q) => q.id)).toContain("workload-stress");
  });

  it.each(QUESTION_BANK.map((q) => [q.id, q] as const))("gives %s the right number of distinct labels", (_, q) => {
    for (const locale of LOCALES) {
      expect(q.labels[locale]).toHaveLength(LABELS_PER_KIND[q.kind]);
      expect(new Set(q.labels[locale]).size).toBe(q.labels[locale].length);
    }
  });

  it("has a card value for every label", () => {
    for (const q of QUESTION_BANK) expect(answerValues(q)).toHaveLength(q.labels.en.length);
  });

  it("scores the worrying yes/no answer as low and the good one as high", () => {
    const online = findQuestion("safety-online")!; // "yes, something happened" is the worrying answer
    const adult = findQuestion("adult-at-school")!; // "not really" is the worrying answer
    const [first, second] = answerValues(online) as [number, number];
    expect([normalisedValue(online, first), normalisedValue(online, second)]).toEqual([5, 1]);
    expect([normalisedValue(adult, first), normalisedValue(adult, second)]).toEqual([1, 5]);
  });
});
