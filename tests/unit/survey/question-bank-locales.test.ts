import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../../src/domain/locale.js";
import { QUESTION_BANK } from "../../../src/domain/survey/items/index.js";
import { DEFAULT_QUESTION_SETS } from "../../../src/domain/survey/question-sets.js";

/** Every user-facing string of the bank and the default sets, with where it came from. */
interface Entry {
  where: string;
  text: Record<Locale, string | undefined>;
}

const entries: Entry[] = [
  ...QUESTION_BANK.flatMap((q): Entry[] => [
    { where: `${q.id} text`, text: q.text },
    ...q.labels.en.map((_, i) => ({
      where: `${q.id} label ${i}`,
      text: { da: q.labels.da[i], sv: q.labels.sv[i], fi: q.labels.fi[i], en: q.labels.en[i] },
    })),
  ]),
  ...DEFAULT_QUESTION_SETS.map((s) => ({ where: `set ${s.id} name`, text: s.name })),
];

/**
 * Strings allowed to equal the English one, because they are also the native word.
 * "Okay" is standard Danish (Retskrivningsordbogen); used by the core item "mood-week".
 */
const SAME_AS_ENGLISH: Partial<Record<Locale, readonly string[]>> = { da: ["Okay"] };

/**
 * Words that exist in English but not in Danish, Swedish or Finnish: one of them in a da/sv/fi string means a piece
 * was left untranslated. (Words shared with Danish or Swedish, like "at", "have", "in", "all", are left out.)
 */
const ENGLISH_ONLY =
  /\b(the|you|your|how|what|been|feel|this|with|about|really|week|school|teacher|often|never|always|sometimes|very|not)\b/i;

const nonEnglish = LOCALES.filter((l): l is Exclude<Locale, "en"> => l !== "en");

describe("the bank in four languages", () => {
  it("collects every text and label", () => {
    expect(entries.length).toBeGreaterThan(QUESTION_BANK.length * 3);
  });

  it("has every string in every locale, none empty", () => {
    const missing = entries.flatMap((e) =>
      LOCALES.filter((l) => typeof e.text[l] !== "string" || e.text[l]!.trim() === "").map((l) => `${e.where} (${l})`),
    );
    expect(missing).toEqual([]);
  });

  it("leaves no string in English in another locale", () => {
    const copied = entries.flatMap((e) =>
      nonEnglish
        .filter((l) => e.text[l]?.trim().toLowerCase() === e.text.en?.trim().toLowerCase())
        .filter((l) => !(SAME_AS_ENGLISH[l] ?? []).includes(e.text[l] ?? ""))
        .map((l) => `${e.where} (${l}): ${e.text[l]}`),
    );
    expect(copied).toEqual([]);
  });

  it("has no English words inside Danish, Swedish or Finnish strings", () => {
    const mixed = entries.flatMap((e) =>
      nonEnglish.filter((l) => ENGLISH_ONLY.test(e.text[l] ?? "")).map((l) => `${e.where} (${l}): ${e.text[l]}`),
    );
    expect(mixed).toEqual([]);
  });

  it("asks questions as questions in every locale", () => {
    for (const q of QUESTION_BANK) for (const l of LOCALES) expect(q.text[l]).toMatch(/\?$/);
  });
});
