import type { Localized } from "../locale.js";
import { findQuestion } from "./items/index.js";

/** DESIGN §3: "Question set: 2-5 questions". Five is also what fits a phone screen without scrolling far. */
export const SET_SIZE_MIN = 2;
export const SET_SIZE_MAX = 5;

/** How often rounds of a set are meant to run; rotation advances one step per period. */
export type SetCadence = "weekly" | "fortnightly";
export const CADENCE_WEEKS: Record<SetCadence, number> = { weekly: 1, fortnightly: 2 };

/**
 * A question set: fixed items asked every round, plus `size - fixed.length` items taken in turn from a rotating pool.
 * Each pool entry is a group of interchangeable items measuring ONE dimension; consecutive rounds take consecutive
 * groups (wrapping), and each time the pool comes round again the next item of a group is used, for variety.
 */
export interface QuestionSet {
  id: string;
  name: Localized;
  /** The cadence the set is designed for (a hint for the schedule form, and rotation's step length). */
  cadence: SetCadence;
  /** Item ids asked in every round, in card order. */
  fixed: readonly string[];
  /** Groups of item ids, one dimension per group, in rotation order. */
  rotating: readonly (readonly string[])[];
  /** Questions per round, SET_SIZE_MIN..SET_SIZE_MAX. */
  size: number;
}

const ids = (...xs: string[]): readonly string[] => xs;

/** Every bank item of these dimensions is in the group, core item first, so repeats vary over the term. */
const TEACHER = ids("teacher-listen", "teacher-ask-help", "teacher-fair", "teacher-believe");
const MOTIVATION = ids("motivation-want-to-learn", "motivation-useful", "motivation-get-started", "motivation-pleased");
const WORKLOAD = ids("workload-stress", "workload-manageable", "workload-behind", "workload-time-off");
const SAFETY = ids("safety-at-school", "safety-hurtful", "safety-on-the-way", "safety-online");
const ADULT = ids("adult-at-school", "adult-cares", "adult-easy-to-talk", "adult-outside-school");
const DROPOUT = ids(
  "dropout-right-programme",
  "dropout-see-finishing",
  "dropout-glad-chose",
  "dropout-thought-of-leaving",
);
const BELONGING = ids("belonging-class", "belonging-left-out", "belonging-breaks", "belonging-group-work");
const ENERGY = ids("energy-week", "energy-sleep", "energy-too-tired", "energy-mornings");

/**
 * Weekly: the three core items plus TWO rotating ones (5 questions). One rotating item cannot work: 4 weeks give
 * 4 slots for the 6 non-core dimensions. With two, the 6 groups are covered every 3 consecutive weeks. Each pair
 * puts a heavier topic (safety, an adult, dropping out) next to a lighter one.
 */
const WEEKLY_CORE: QuestionSet = {
  id: "weekly-core",
  name: {
    en: "Weekly check-in",
    da: "Ugentligt trivselstjek",
    sv: "Veckans avstämning",
    fi: "Viikon kuulumiset",
  },
  cadence: "weekly",
  fixed: ids("mood-week", "belonging-class", "energy-week"),
  rotating: [TEACHER, SAFETY, MOTIVATION, ADULT, WORKLOAD, DROPOUT],
  size: 5,
};

/** Every two weeks: mood plus four rotating items; two consecutive rounds (4 weeks) cover all nine dimensions. */
const FORTNIGHTLY_5: QuestionSet = {
  id: "fortnightly-5",
  name: {
    en: "Check-in every two weeks",
    da: "Trivselstjek hver anden uge",
    sv: "Avstämning varannan vecka",
    fi: "Kuulumiset joka toinen viikko",
  },
  cadence: "fortnightly",
  fixed: ids("mood-week"),
  rotating: [BELONGING, TEACHER, ENERGY, SAFETY, MOTIVATION, WORKLOAD, ADULT, DROPOUT],
  size: 5,
};

export const DEFAULT_QUESTION_SETS: readonly QuestionSet[] = [WEEKLY_CORE, FORTNIGHTLY_5];
export const DEFAULT_QUESTION_SET_ID = WEEKLY_CORE.id;

/** Thrown for a set id that is neither a default nor one of the school's own sets. */
export class UnknownQuestionSetError extends Error {
  readonly code = "unknownQuestionSet";
  constructor(readonly setId: string) {
    super(`unknown question set "${setId}"; known defaults: ${DEFAULT_QUESTION_SETS.map((s) => s.id).join(", ")}`);
    this.name = "UnknownQuestionSetError";
  }
}

/** Finds a set by id among the defaults and (first) the school's own sets; throws UnknownQuestionSetError. */
export function resolveQuestionSet(setId: string, schoolSets: readonly QuestionSet[] = []): QuestionSet {
  const set = [...schoolSets, ...DEFAULT_QUESTION_SETS].find((s) => s.id === setId);
  if (!set) throw new UnknownQuestionSetError(setId);
  return set;
}

/**
 * Problems that would make a set unusable or break its coverage promise; empty when valid. Use it before saving a
 * school's own set. Checks: size within limits, enough groups to fill it, known unique ids, one dimension per group.
 */
export function questionSetProblems(set: QuestionSet): string[] {
  const problems: string[] = [];
  const rotatingPerRound = set.size - set.fixed.length;
  if (!Number.isInteger(set.size) || set.size < SET_SIZE_MIN || set.size > SET_SIZE_MAX) {
    problems.push(`size ${set.size} is outside ${SET_SIZE_MIN}-${SET_SIZE_MAX}`);
  }
  if (rotatingPerRound < 0) problems.push(`${set.fixed.length} fixed items exceed size ${set.size}`);
  if (rotatingPerRound > set.rotating.length) {
    problems.push(`${rotatingPerRound} rotating items per round need at least as many groups`);
  }
  const all = [...set.fixed, ...set.rotating.flat()];
  for (const id of all) if (!findQuestion(id)) problems.push(`unknown item "${id}"`);
  if (new Set(all).size !== all.length) problems.push("an item appears more than once");
  set.rotating.forEach((group, i) => {
    const dimensions = new Set(group.map((id) => findQuestion(id)?.dimension));
    if (group.length === 0 || dimensions.size !== 1) problems.push(`group ${i} must hold items of one dimension`);
  });
  return problems;
}
