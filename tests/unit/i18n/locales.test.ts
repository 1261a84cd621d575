import { describe, expect, it } from "vitest";
import { LOCALES, toLocale } from "../../../src/domain/locale.js";
import { CATALOGS, t } from "../../../src/i18n/translate.js";

const english = CATALOGS.en;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("server locale catalogs", () => {
  it.each(LOCALES)("%s has exactly the English keys, none empty, same placeholders", (locale) => {
    const catalog = CATALOGS[locale];
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
    for (const [key, value] of Object.entries(catalog)) {
      expect(value.trim(), `${locale}:${key}`).not.toBe("");
      expect(placeholders(value), `${locale}:${key}`).toEqual(placeholders(english[key]!));
    }
  });

  it.each(["da", "sv", "fi"] as const)("%s leaves no sentence in English", (locale) => {
    const same = Object.keys(english).filter((key) => {
      const value = english[key]!;
      return value.split(" ").length > 1 && CATALOGS[locale][key] === value;
    });
    expect(same).toEqual([]);
  });

  it("maps Teams locales to product locales with English as fallback", () => {
    expect(toLocale("da-DK")).toBe("da");
    expect(toLocale("sv-SE")).toBe("sv");
    expect(toLocale("fi-FI")).toBe("fi");
    expect(toLocale("nb-NO")).toBe("en");
    expect(toLocale(undefined)).toBe("en");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("en", "reason.silence", { count: 2 })).toBe("has not answered the last 2 surveys that reached them");
  });
});
