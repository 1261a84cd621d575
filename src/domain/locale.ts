/** The product's four languages. English is the fallback for any other locale. */
export const LOCALES = ["da", "sv", "fi", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Text in every product language. */
export type Localized<T = string> = Record<Locale, T>;

/** Maps a BCP-47 tag ("sv-SE", "fi", "en-US", "nb-NO") to a product locale; English otherwise. */
export function toLocale(tag: string | undefined | null): Locale {
  const primary = (tag ?? "").toLowerCase().split(/[-_]/)[0] ?? "";
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : "en";
}
