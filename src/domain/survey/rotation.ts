import type { Question } from "./question.js";
import { findQuestion } from "./items/index.js";
import { CADENCE_WEEKS, type QuestionSet } from "./question-sets.js";

/** An ISO-8601 week: the year that owns the week (can differ from the calendar year around New Year) and 1..53. */
export interface IsoWeek {
  year: number;
  week: number;
}

const DAY_MS = 86_400_000;
/** Round ids of scheduled rounds end in an ISO week: "<schedule>[:<anything>]:2026-W48". */
const WEEK_SUFFIX = /(?:^|:)(\d{4})-W(\d{2})$/;

/** The ISO week of a date's UTC calendar day. Pass the round's local date at noon UTC if its zone matters. */
export function isoWeekOf(date: Date): IsoWeek {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  // The week belongs to the year of its Thursday; week 1 is the one whose Thursday falls on 1-7 January.
  const thursday = new Date(day + (3 - ((date.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const dayOfYear = (thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS;
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** 52 or 53: the week containing 28 December is always the year's last. */
export function weeksInIsoYear(year: number): number {
  return isoWeekOf(new Date(Date.UTC(year, 11, 28))).week;
}

/** Weeks since the ISO week of 1970-01-01 (Monday 1969-12-29). Continuous across New Year, so 2026-W53 + 1 = 2027-W01. */
export function isoWeekIndex({ year, week }: IsoWeek): number {
  const jan4 = Date.UTC(year, 0, 4);
  const mondayOfWeek1 = jan4 / DAY_MS - ((new Date(jan4).getUTCDay() + 6) % 7);
  return (mondayOfWeek1 + 3) / 7 + (week - 1);
}

/** The id of a scheduled round: "sched-1:2026-W48". The scheduler should build ids with this, so rotation can read them. */
export function weeklyRoundId(scheduleId: string, { year, week }: IsoWeek): string {
  return `${scheduleId}:${year}-W${String(week).padStart(2, "0")}`;
}

/** The ISO week a round id ends in, or undefined for ids without a valid one (manual rounds, W00, W53 of a 52-week year). */
export function parseRoundWeek(roundId: string): IsoWeek | undefined {
  const match = WEEK_SUFFIX.exec(roundId);
  if (!match) return undefined;
  const year = Number(match[1]);
  const week = Number(match[2]);
  return week >= 1 && week <= weeksInIsoYear(year) ? { year, week } : undefined;
}

/** FNV-1a, 32 bit: a stable, dependency-free string hash (no Math.random: the same round must get the same items). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Modulo that stays non-negative (weeks before 1970 give negative indexes). */
const mod = (a: number, n: number): number => ((a % n) + n) % n;

/**
 * The rotation step of a round. For a week-suffixed id it is the continuous week index divided by the set's cadence,
 * so consecutive rounds of the set's cadence get consecutive steps, across New Year and 53-week years. Any other id
 * (e.g. a manual round) gets a hash of the whole id: still deterministic, without a coverage promise.
 */
export function rotationStep(set: Pick<QuestionSet, "cadence">, roundId: string): number {
  const week = parseRoundWeek(roundId);
  return week ? Math.floor(isoWeekIndex(week) / CADENCE_WEEKS[set.cadence]) : fnv1a(roundId);
}

/**
 * The questions of one round of a set: the fixed items, then `size - fixed.length` items from the rotating pool.
 * Pure and deterministic: the same set and round id always give the same questions.
 *
 * Coverage, with G groups and k rotating items per round: step s takes pool positions s*k .. s*k+k-1 (mod G).
 * n consecutive steps take n*k consecutive positions, so any ceil(G/k) consecutive steps touch every group.
 * weekly-core: G = 6, k = 2 -> every 3 weeks; fortnightly-5: G = 8, k = 4 -> every 2 rounds = 4 weeks.
 * Each time position p comes round again (p div G grows) the group's next item is used.
 */
export function questionsForRound(set: QuestionSet, roundId: string): Question[] {
  const perRound = set.size - set.fixed.length;
  const groups = set.rotating.length;
  const step = rotationStep(set, roundId);
  const ids = [...set.fixed];
  for (let j = 0; j < perRound && groups > 0; j++) {
    const position = step * perRound + j;
    const group = set.rotating[mod(position, groups)] ?? [];
    const pick = group[mod(Math.floor(position / groups), Math.max(group.length, 1))];
    if (pick !== undefined) ids.push(pick);
  }
  return ids.map((id) => {
    const question = findQuestion(id);
    // Sets are checked by questionSetProblems before use; reaching this is a programming error.
    if (!question) throw new Error(`question set "${set.id}" names unknown item "${id}"`);
    return question;
  });
}
