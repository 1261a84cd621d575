import type { Locale } from "../../domain/locale.js";

/**
 * Building an Intl.DateTimeFormat costs far more than formatting with one (about 0.3 ms, profiled on the answer
 * path, where every card needs several), so each (locale, style, zone) is built once. Bounded: past the limit the
 * memo starts over, so zone names sent by clients cannot grow it without end. 2,000: 4 locales x 4 styles x ~100
 * zones in use, with room to spare.
 */
const FORMATS_LIMIT = 2_000;
const formats = new Map<string, Intl.DateTimeFormat | undefined>();

/** The formatter for these options, or undefined when the runtime does not know `timeZone`. */
function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat | undefined {
  const key = JSON.stringify([locale, options]);
  if (formats.has(key)) return formats.get(key);
  let built: Intl.DateTimeFormat | undefined;
  try {
    built = new Intl.DateTimeFormat(locale, options);
  } catch {
    built = undefined;
  }
  if (formats.size >= FORMATS_LIMIT) formats.clear();
  formats.set(key, built);
  return built;
}

/** True for a time zone this runtime knows (an IANA name such as "Europe/Helsinki"). */
export function isTimeZone(zone: string | undefined): zone is string {
  if (!zone) return false;
  return format("en", { timeZone: zone }) !== undefined;
}

/** Date and time in the reader's language and time zone, e.g. "25. nov. 2026" and "15.00". */
export function dateAndTime(iso: string, locale: Locale, timeZone: string): { date: string; time: string } {
  const at = new Date(iso);
  // A zone a client sent that this runtime cannot use falls back to UTC rather than failing the card.
  const zone = isTimeZone(timeZone) ? timeZone : "UTC";
  return {
    date: format(locale, { dateStyle: "medium", timeZone: zone })!.format(at), // zone checked above
    time: format(locale, { timeStyle: "short", timeZone: zone })!.format(at),
  };
}

/** A calendar day (YYYY-MM-DD) in words, e.g. "tirsdag 1. december". */
export function calendarDay(day: string, locale: Locale): string {
  return format(locale, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" })!.format(
    new Date(`${day.slice(0, 10)}T12:00:00Z`),
  );
}
