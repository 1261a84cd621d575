import type { Locale } from "../domain/locale.js";
import type { ClassClimateSignal } from "../domain/scoring/evaluate-class-climate.js";
import { t } from "./translate.js";

/**
 * A class climate signal in words for teachers, e.g. "belonging: the class averaged 2.9 of 5, 0.8 below its usual
 * level (14 answered)". Aggregates only: it never names a student or an answer.
 */
export function explainClimateSignal(signal: ClassClimateSignal, locale: Locale): string {
  const number = (x: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(x);
  return t(locale, "reason.classClimate", {
    dimension: t(locale, `dimension.${signal.dimension}`),
    value: number(signal.value),
    delta: number(signal.baseline - signal.value),
    count: signal.respondents,
  });
}
