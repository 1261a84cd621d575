import type { Locale } from "../../domain/locale.js";
import { normalisedValue, SCALE_MAX, SCALE_MIN, type Question } from "../../domain/survey/question.js";

/** One face per scale point from worst to best; the text label always follows, so screen readers read words. */
const FACES = ["😟", "🙁", "😐", "🙂", "😄"] as const;

/** "😟 Really bad" for a raw value of a question; the face follows the normalised (higher is better) value. */
export function scaleLabel(question: Question, raw: number, locale: Locale): string {
  const label = question.labels[locale][raw - SCALE_MIN] ?? String(raw);
  const face = FACES[normalisedValue(question, raw) - SCALE_MIN] ?? "";
  return `${face} ${label}`;
}

/** Every point of a question's scale as choices, values "1".."5". */
export function scaleChoices(question: Question, locale: Locale): Array<{ title: string; value: string }> {
  const choices: Array<{ title: string; value: string }> = [];
  for (let raw = SCALE_MIN; raw <= SCALE_MAX; raw++) {
    choices.push({ title: scaleLabel(question, raw, locale), value: String(raw) });
  }
  return choices;
}
