import type { Locale } from "../../domain/locale.js";

/** True for a time zone this runtime knows (an IANA name such as "Europe/Helsinki"). */
export function isTimeZone(zone: string | undefined): zone is string {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Date and time in the reader's language and time zone, e.g. "25. nov. 2026" and "15.00". */
export function dateAndTime(iso: string, locale: Locale, timeZone: string): { date: string; time: string } {
  const at = new Date(iso);
  // A zone a client sent that this runtime cannot use falls back to UTC rather than failing the card.
  const zone = isTimeZone(timeZone) ? timeZone : "UTC";
  return {
    date: new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: zone }).format(at),
    time: new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone: zone }).format(at),
  };
}

/** A calendar day (YYYY-MM-DD) in words, e.g. "tirsdag 1. december". */
export function calendarDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(`${day.slice(0, 10)}T12:00:00Z`),
  );
}
