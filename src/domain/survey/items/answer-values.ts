import { SCALE_MAX, SCALE_MIN, type Question } from "../question.js";

/**
 * The raw values a card may send for an item, one per label, in label order.
 * A yes/no item uses the two ends of the 5-point scale (1 = first label, 5 = second) rather than 1 and 2, so that
 * `normalisedValue` and the "low = <= 2" rule (DESIGN §3) treat the worrying answer as 1 and the good one as 5,
 * exactly as for a 5-point item. With 1/2, a good "yes" would normalise to 2 and raise a false flag.
 */
export function answerValues(question: Pick<Question, "kind">): readonly number[] {
  switch (question.kind) {
    case "scale5":
      return Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);
    case "yesNo":
      return [SCALE_MIN, SCALE_MAX];
    case "choice":
      // The bank ships no choice items yet: Question has no option list to derive values from (see report).
      return [];
  }
}
