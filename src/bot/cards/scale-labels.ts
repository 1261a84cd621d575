import type { Locale } from "../../domain/locale.js";
import { answerValues } from "../../domain/survey/items/answer-values.js";
import { normalisedValue, SCALE_MIN, type Question } from "../../domain/survey/question.js";

/** One face per scale point from worst to best; the text label always follows, so screen readers read words. */
const FACES = ["😟", "🙁", "😐", "🙂", "😄"] as const;

/**
 * The words for a raw value of a question: "😟 Really bad" on a 5-point item, the label alone on a yes/no item
 * (a face on "Yes, it has crossed my mind" would judge the student). Labels pair with answerValues by position.
 */
export function scaleLabel(question: Question, raw: number, locale: Locale): string {
  const index = answerValues(question).indexOf(raw);
  const label = question.labels[locale][index] ?? String(raw);
  if (question.kind !== "scale5") return label;
  const face = FACES[normalisedValue(question, raw) - SCALE_MIN] ?? "";
  return `${face} ${label}`;
}

/** Every answer a question accepts as choices: values "1".."5", or "1" and "5" for yes/no (answer-values.ts). */
export function scaleChoices(question: Question, locale: Locale): Array<{ title: string; value: string }> {
  return answerValues(question).map((raw) => ({ title: scaleLabel(question, raw, locale), value: String(raw) }));
}
