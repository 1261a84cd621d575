import type { Locale } from "../../domain/locale.js";

/** Date and time in the reader's language and the class's time zone, e.g. "25. nov. 2026" and "15.00". */
export function dateAndTime(iso: string, locale: Locale, timeZone: string): { date: string; time: string } {
  const at = new Date(iso);
  return {
    date: new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(at),
    time: new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone }).format(at),
  };
}

/** A calendar day (YYYY-MM-DD) in words, e.g. "tirsdag 1. december". */
export function calendarDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(`${day.slice(0, 10)}T12:00:00Z`),
  );
}
