import { createContext, useContext } from "react";
import { toLocale, type Locale } from "../../domain/locale.js";
import { da } from "./da.js";
import { en, type Strings } from "./en.js";
import { fi } from "./fi.js";
import { sv } from "./sv.js";

export type { Strings };
export const STRINGS: Record<Locale, Strings> = { da, sv, fi, en };

export interface I18n {
  locale: Locale;
  s: Strings;
  /** Fills `{name}` placeholders. */
  f(template: string, params: Record<string, string | number>): string;
  date(iso: string): string;
  number(value: number): string;
}

export function createI18n(tag: string | undefined): I18n {
  const locale = toLocale(tag);
  const dates = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short" });
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    locale,
    s: STRINGS[locale],
    f: (template, params) =>
      template.replace(/\{(\w+)\}/g, (whole, key: string) => (params[key] === undefined ? whole : String(params[key]))),
    date: (iso) => dates.format(new Date(iso)),
    number: (value) => numbers.format(value),
  };
}

export const I18nContext = createContext<I18n>(createI18n("en"));
export const useI18n = (): I18n => useContext(I18nContext);
