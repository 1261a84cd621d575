import { describe, expect, it } from "vitest";
import { BUILT_IN_ACTION_CARDS } from "../../../src/domain/action-cards/built-in-cards.js";
import { LOCALES } from "../../../src/domain/locale.js";
import { MENTOR_ROLES } from "../../../src/domain/school/school.js";
import { FLAG_REASON_KINDS } from "../../../src/domain/scoring/flag.js";
import { DIMENSIONS } from "../../../src/domain/survey/question.js";

const REQUIRED_IDS = [
  "belonging-loneliness",
  "stress-workload",
  "absence-silence",
  "motivation-programme",
  "conflict-safety",
  "general-wellbeing",
];

/** Words that only English text would contain; none of them is a word in Danish, Swedish or Finnish. */
const ENGLISH_WORDS = /\b(the|and|with|student|you|your|when|what|after|week|weeks|follow|about|school)\b/i;

const OTHER_LOCALES = LOCALES.filter((l) => l !== "en");

describe("the built-in Action Card library", () => {
  it("holds the six cards issue 2 asks for, each once", () => {
    const ids = BUILT_IN_ACTION_CARDS.map((c) => c.cardId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED_IDS) expect(ids).toContain(id);
  });

  it("marks every card as built in, with a known owner role, reasons and dimensions", () => {
    for (const card of BUILT_IN_ACTION_CARDS) {
      expect(card.builtIn).toBe(true);
      expect(MENTOR_ROLES).toContain(card.ownerRole);
      for (const kind of card.answers) expect(FLAG_REASON_KINDS).toContain(kind);
      for (const dimension of card.dimensions) expect(DIMENSIONS).toContain(dimension);
    }
  });

  it("gives every card a due date before its follow-up, in whole days", () => {
    for (const card of BUILT_IN_ACTION_CARDS) {
      expect(Number.isInteger(card.dueInDays) && card.dueInDays > 0).toBe(true);
      expect(Number.isInteger(card.followUpInDays)).toBe(true);
      expect(card.followUpInDays).toBeGreaterThan(card.dueInDays);
    }
  });

  it("makes the general wellbeing conversation the fallback for any dimension", () => {
    const general = BUILT_IN_ACTION_CARDS.find((c) => c.cardId === "general-wellbeing");
    expect(general?.dimensions).toEqual([]);
  });

  describe.each(BUILT_IN_ACTION_CARDS.map((c) => [c.cardId, c] as const))("card %s", (_id, card) => {
    it.each(LOCALES)("is complete in %s, with 3 to 6 steps and no empty text", (locale) => {
      const text = card.text[locale];
      expect(text.title.trim()).not.toBe("");
      expect(text.summary.trim()).not.toBe("");
      expect(text.steps.length).toBeGreaterThanOrEqual(3);
      expect(text.steps.length).toBeLessThanOrEqual(6);
      for (const step of text.steps) expect(step.trim()).not.toBe("");
    });

    it("has the same number of steps in every locale", () => {
      const counts = new Set(LOCALES.map((l) => card.text[l].steps.length));
      expect(counts.size).toBe(1);
    });

    it.each(OTHER_LOCALES)("has no English left in %s", (locale) => {
      const text = card.text[locale];
      const english = card.text.en;
      const fields = [text.title, text.summary, ...text.steps];
      const englishFields = new Set([english.title, english.summary, ...english.steps]);
      for (const field of fields) {
        expect(englishFields.has(field), `${locale}: "${field}" is the English text`).toBe(false);
        expect(field, `${locale}: "${field}" reads as English`).not.toMatch(ENGLISH_WORDS);
      }
    });

    it("reads as one coherent card in English too", () => {
      const fields = [card.text.en.title, card.text.en.summary, ...card.text.en.steps];
      expect(fields.join(" ")).toMatch(ENGLISH_WORDS);
    });
  });
});
