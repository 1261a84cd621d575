/** Smallest group whose aggregate may be shown (DESIGN §6; a common floor in school surveys). */
export const MIN_RESPONDENTS = 5;
/** Free text identifies people more easily, so it needs a larger group (DESIGN §6). */
export const MIN_RESPONDENTS_FREE_TEXT = 10;

/** A mean that is hidden (null) when fewer than `min` people answered. */
export function guardedMean(values: readonly number[], min = MIN_RESPONDENTS): number | null {
  if (values.length < min) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
}
