import type { Locale } from "../domain/locale.js";
import da from "./locales/da.json" with { type: "json" };
import en from "./locales/en.json" with { type: "json" };
import fi from "./locales/fi.json" with { type: "json" };
import sv from "./locales/sv.json" with { type: "json" };

export type MessageKey = keyof typeof en;

/** Every locale file has exactly the English keys; a unit test proves it. */
export const CATALOGS: Record<Locale, Record<string, string>> = { da, sv, fi, en };

/**
 * Looks up a message and fills `{name}` placeholders. Missing keys fall back to English, so a gap shows
 * English text rather than a raw key to a student.
 */
export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = CATALOGS[locale][key] ?? CATALOGS.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}
