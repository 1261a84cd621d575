import { describe, expect, it } from "vitest";
import { coverageHint, isBuiltInSetId, validateQuestionSet } from "../../../src/domain/survey/question-set-rules.js";
import { DEFAULT_QUESTION_SETS, type QuestionSet } from "../../../src/domain/survey/question-sets.js";

const names = { da: "Kort tjek", sv: "Kort koll", fi: "Lyhyt tarkistus", en: "Short check" };

/** A valid weekly set: mood every week, belonging and safety taking turns. */
const set = (overrides: Partial<QuestionSet> = {}): QuestionSet => ({
  id: "qs-test",
  name: names,
  cadence: "weekly",
  fixed: ["mood-week"],
  rotating: [
    ["belonging-class", "belonging-breaks"],
    ["safety-at-school", "safety-online"],
  ],
  size: 2,
  ...overrides,
});

describe("validating a school's own question set", () => {
  it("a set with names, known items, one dimension per group and a fitting size has no problems", () => {
    expect(validateQuestionSet(set())).toEqual([]);
  });

  it.each(DEFAULT_QUESTION_SETS.map((s) => [s.id, s] as const))("the built-in %s passes the same rules", (_, s) => {
    expect(validateQuestionSet(s)).toEqual([]);
  });

  it("a name missing or blank in one language is refused for that language", () => {
    expect(validateQuestionSet(set({ name: { ...names, fi: "  " } }))).toEqual([
      { field: "name.fi", code: "nameMissing" },
    ]);
  });

  it("a name longer than a dropdown line is refused", () => {
    expect(validateQuestionSet(set({ name: { ...names, sv: "x".repeat(61) } }))).toEqual([
      { field: "name.sv", code: "nameTooLong" },
    ]);
  });

  it("an unknown item id and an item asked twice are named", () => {
    const problems = validateQuestionSet(
      set({ fixed: ["mood-week", "no-such-item"], rotating: [["belonging-class"], ["mood-week"]], size: 3 }),
    );
    expect(problems).toEqual([
      { field: "fixed", code: "unknownItem", item: "no-such-item" },
      { field: "rotating.1", code: "duplicateItem", item: "mood-week" },
    ]);
  });

  it("a rotating group mixing two dimensions is refused, and so is an empty group", () => {
    const problems = validateQuestionSet(set({ rotating: [["belonging-class", "safety-online"], []] }));
    expect(problems).toEqual([
      { field: "rotating.0", code: "mixedGroup" },
      { field: "rotating.1", code: "emptyGroup" },
    ]);
  });

  it.each([1, 6, 2.5])("size %s is outside 2..5", (size) => {
    expect(validateQuestionSet(set({ size }))).toEqual([{ field: "size", code: "sizeOutOfRange" }]);
  });

  it("more fixed items than the size is refused", () => {
    const fixed = ["mood-week", "belonging-class", "energy-week"];
    expect(validateQuestionSet(set({ fixed, rotating: [], size: 2 }))).toEqual([
      { field: "fixed", code: "tooManyFixed" },
    ]);
  });

  it("fewer groups than rotating questions per round is refused (a round would ask one group twice)", () => {
    expect(validateQuestionSet(set({ size: 4 }))).toEqual([{ field: "rotating", code: "notEnoughGroups" }]);
  });
});

describe("coverage hint", () => {
  it("the built-in sets measure every dimension at least every 4 weeks", () => {
    for (const s of DEFAULT_QUESTION_SETS) expect(coverageHint(s)).toEqual({ never: [], rarely: [] });
  });

  it("names the dimensions a set never asks", () => {
    expect(coverageHint(set()).never).toEqual([
      "teacherRelations",
      "motivation",
      "workload",
      "energy",
      "trustedAdult",
      "dropoutThoughts",
    ]);
  });

  it("two groups taking turns weekly are each asked every 2 weeks: not rare", () => {
    expect(coverageHint(set()).rarely).toEqual([]);
  });

  it("five groups taking turns weekly are each asked every 5 weeks: rare", () => {
    const rotating = [["belonging-class"], ["safety-online"], ["energy-sleep"], ["adult-cares"], ["workload-stress"]];
    expect(coverageHint(set({ rotating })).rarely).toEqual([
      "belonging",
      "workload",
      "energy",
      "safety",
      "trustedAdult",
    ]);
  });

  it("three groups taking turns every two weeks come round every 6 weeks: rare; the fixed item is not", () => {
    const rotating = [["belonging-class"], ["safety-online"], ["energy-sleep"]];
    const hint = coverageHint(set({ cadence: "fortnightly", rotating }));
    expect(hint.rarely).toEqual(["belonging", "energy", "safety"]);
    expect(hint.rarely).not.toContain("mood");
  });
});

describe("built-in sets", () => {
  it("are recognised by id; a school's own id is not built in", () => {
    expect(isBuiltInSetId("weekly-core")).toBe(true);
    expect(isBuiltInSetId("qs-test")).toBe(false);
  });
});
