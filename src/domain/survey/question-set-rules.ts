import { LOCALES } from "../locale.js";
import { findQuestion } from "./items/index.js";
import { DIMENSIONS, type Dimension } from "./question.js";
import { CADENCE_WEEKS, DEFAULT_QUESTION_SETS, SET_SIZE_MAX, SET_SIZE_MIN, type QuestionSet } from "./question-sets.js";
import { questionsForRound, weeklyRoundId, isoWeekOf } from "./rotation.js";

/** A set's name is one line in a dropdown and a card header; 60 characters fit both on a phone (our choice). */
export const SET_NAME_MAX = 60;
/** Issue 3: "every dimension is measured at least every 4 weeks"; the coverage hint measures against this. */
export const COVERAGE_WEEKS = 4;

export type QuestionSetProblemCode =
  | "nameMissing"
  | "nameTooLong"
  | "unknownItem"
  | "duplicateItem"
  | "emptyGroup"
  | "mixedGroup"
  | "sizeOutOfRange"
  | "tooManyFixed"
  | "notEnoughGroups";

/** One reason a set cannot be saved; `field` names the form field, `item` the offending item id where there is one. */
export interface QuestionSetProblem {
  field: string;
  code: QuestionSetProblemCode;
  item?: string;
}

/**
 * Everything that would make a school's own set unusable, as codes the API localizes; empty when it may be saved.
 * Pure. Checks names in all four languages, known and unique item ids, one dimension per rotating group, a size
 * within SET_SIZE_MIN..SET_SIZE_MAX and at least the fixed count, and enough groups to fill each round without
 * asking one group twice in a round.
 */
export function validateQuestionSet(set: QuestionSet): QuestionSetProblem[] {
  const problems: QuestionSetProblem[] = [];
  for (const locale of LOCALES) {
    const name = (set.name[locale] ?? "").trim();
    if (!name) problems.push({ field: `name.${locale}`, code: "nameMissing" });
    else if (name.length > SET_NAME_MAX) problems.push({ field: `name.${locale}`, code: "nameTooLong" });
  }
  const seen = new Set<string>();
  const check = (id: string, field: string) => {
    if (!findQuestion(id)) problems.push({ field, code: "unknownItem", item: id });
    else if (seen.has(id)) problems.push({ field, code: "duplicateItem", item: id });
    seen.add(id);
  };
  set.fixed.forEach((id) => check(id, "fixed"));
  set.rotating.forEach((group, i) => {
    group.forEach((id) => check(id, `rotating.${i}`));
    if (group.length === 0) problems.push({ field: `rotating.${i}`, code: "emptyGroup" });
    const dimensions = new Set(group.map((id) => findQuestion(id)?.dimension).filter((d) => d !== undefined));
    if (dimensions.size > 1) problems.push({ field: `rotating.${i}`, code: "mixedGroup" });
  });
  if (!Number.isInteger(set.size) || set.size < SET_SIZE_MIN || set.size > SET_SIZE_MAX) {
    problems.push({ field: "size", code: "sizeOutOfRange" });
  } else if (set.fixed.length > set.size) {
    problems.push({ field: "fixed", code: "tooManyFixed" });
  } else if (set.size - set.fixed.length > set.rotating.length) {
    // With fewer groups than rotating slots one round would take a group twice (and could repeat an item).
    problems.push({ field: "rotating", code: "notEnoughGroups" });
  }
  return problems;
}

/** Which dimensions a set leaves out, and which it measures with gaps longer than COVERAGE_WEEKS. */
export interface CoverageHint {
  never: Dimension[];
  rarely: Dimension[];
}

/** A Monday far from New Year, so the simulated weeks run in one ISO year (any start gives the same gaps). */
const SIMULATION_START = Date.UTC(2026, 0, 5);
const WEEK_MS = 7 * 86_400_000;

/**
 * Simulates the set's rounds with the real rotation (questionsForRound on week-suffixed round ids) and reports the
 * dimensions never asked and those whose longest gap between two rounds asking them exceeds COVERAGE_WEEKS. The
 * group pattern repeats after at most one pass over the groups, so that many consecutive rounds give every gap,
 * counted cyclically. Only meaningful for a valid set.
 */
export function coverageHint(set: QuestionSet): CoverageHint {
  const cadence = CADENCE_WEEKS[set.cadence];
  const rounds = Math.max(1, set.rotating.length);
  const asked = new Map<Dimension, number[]>();
  for (let r = 0; r < rounds; r++) {
    const roundId = weeklyRoundId("coverage", isoWeekOf(new Date(SIMULATION_START + r * cadence * WEEK_MS)));
    for (const question of questionsForRound(set, roundId)) {
      const list = asked.get(question.dimension) ?? [];
      if (!list.includes(r)) list.push(r);
      asked.set(question.dimension, list);
    }
  }
  const never: Dimension[] = [];
  const rarely: Dimension[] = [];
  for (const dimension of DIMENSIONS) {
    const at = asked.get(dimension);
    if (!at) {
      never.push(dimension);
      continue;
    }
    const gaps = at.map((r, i) => (i === 0 ? r + rounds - (at[at.length - 1] ?? r) : r - (at[i - 1] ?? r)));
    if (Math.max(...gaps) * cadence > COVERAGE_WEEKS) rarely.push(dimension);
  }
  return { never, rarely };
}

/** True for the ids of the built-in sets, which are read-only (a coordinator copies one to change it). */
export function isBuiltInSetId(id: string): boolean {
  return DEFAULT_QUESTION_SETS.some((s) => s.id === id);
}
