import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DIMENSIONS, type Dimension } from "../../../src/domain/survey/question.js";
import { DEFAULT_QUESTION_SETS, resolveQuestionSet } from "../../../src/domain/survey/question-sets.js";
import {
  isoWeekIndex,
  isoWeekOf,
  parseRoundWeek,
  questionsForRound,
  weeklyRoundId,
  weeksInIsoYear,
  type IsoWeek,
} from "../../../src/domain/survey/rotation.js";

/** Every ISO week from the first of `from` to the last of `to`, in order. */
function weeksBetween(from: number, to: number): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  for (let year = from; year <= to; year++) {
    for (let week = 1; week <= weeksInIsoYear(year); week++) weeks.push({ year, week });
  }
  return weeks;
}

const dimensionsOf = (set: string, roundIds: string[]): Set<Dimension> =>
  new Set(roundIds.flatMap((id) => questionsForRound(resolveQuestionSet(set), id).map((q) => q.dimension)));

describe("ISO weeks", () => {
  it("agrees with known calendar dates, including weeks owned by the neighbouring year", () => {
    expect(isoWeekOf(new Date("2026-11-23T08:00:00Z"))).toEqual({ year: 2026, week: 48 });
    expect(isoWeekOf(new Date("2027-01-01T12:00:00Z"))).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf(new Date("2024-12-30T12:00:00Z"))).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf(new Date("2021-01-03T12:00:00Z"))).toEqual({ year: 2020, week: 53 });
  });

  it("knows which years have 53 weeks", () => {
    expect([2020, 2025, 2026, 2027, 2032].map(weeksInIsoYear)).toEqual([53, 52, 53, 52, 53]);
  });

  it("numbers weeks continuously across New Year and 53-week years", () => {
    const indexes = weeksBetween(2019, 2033).map(isoWeekIndex);
    indexes.forEach((index, i) => i > 0 && expect(index - indexes[i - 1]!).toBe(1));
  });

  it("matches the week of every Monday to its index", () => {
    const monday = Date.UTC(2025, 11, 29); // 2026-W01
    for (let w = 0; w < 120; w++) {
      const week = isoWeekOf(new Date(monday + w * 7 * 86_400_000));
      expect(isoWeekIndex(week)).toBe(isoWeekIndex({ year: 2026, week: 1 }) + w);
    }
  });

  it("reads the week back from a scheduled round id and ignores invalid ones", () => {
    expect(weeklyRoundId("sched-1", { year: 2026, week: 8 })).toBe("sched-1:2026-W08");
    expect(parseRoundWeek("sched-1:2026-W48")).toEqual({ year: 2026, week: 48 });
    expect(parseRoundWeek("sched-1:class-7:2026-W53")).toEqual({ year: 2026, week: 53 });
    expect(parseRoundWeek("sched-1:2025-W53")).toBeUndefined(); // 2025 has 52 weeks
    expect(parseRoundWeek("sched-1:2026-W00")).toBeUndefined();
    expect(parseRoundWeek("manual:user-1:2026-11-23T08:00")).toBeUndefined();
  });
});

describe("rotating questions", () => {
  it("never asks more than five questions, nor the same item twice in a round", () => {
    for (const set of DEFAULT_QUESTION_SETS) {
      for (const week of weeksBetween(2026, 2027)) {
        const ids = questionsForRound(set, weeklyRoundId("sched-1", week)).map((q) => q.id);
        expect(ids).toHaveLength(set.size);
        expect(ids.length).toBeLessThanOrEqual(5);
        expect(new Set(ids).size).toBe(ids.length);
      }
    }
  });

  it("weekly-core keeps mood, belonging and energy in every round", () => {
    for (const week of weeksBetween(2026, 2026)) {
      const ids = questionsForRound(resolveQuestionSet("weekly-core"), weeklyRoundId("s", week)).map((q) => q.id);
      expect(ids.slice(0, 3)).toEqual(["mood-week", "belonging-class", "energy-week"]);
    }
  });

  it("weekly-core measures every dimension within any 4 consecutive weeks, across New Year and W53", () => {
    const weeks = weeksBetween(2025, 2033); // 2026 and 2032 have W53
    for (let i = 0; i + 4 <= weeks.length; i++) {
      const ids = weeks.slice(i, i + 4).map((w) => weeklyRoundId("sched-1", w));
      expect([...dimensionsOf("weekly-core", ids)].sort(), ids.join(",")).toEqual([...DIMENSIONS].sort());
    }
  });

  it("fortnightly-5 measures every dimension within any two consecutive rounds, whichever week it starts", () => {
    const weeks = weeksBetween(2025, 2033);
    for (let i = 0; i + 2 < weeks.length; i++) {
      const ids = [weeks[i]!, weeks[i + 2]!].map((w) => weeklyRoundId("sched-2", w));
      expect([...dimensionsOf("fortnightly-5", ids)].sort(), ids.join(",")).toEqual([...DIMENSIONS].sort());
    }
  });

  it("varies the rotating items over a term rather than repeating one per dimension", () => {
    const ids = weeksBetween(2026, 2026).flatMap((w) =>
      questionsForRound(resolveQuestionSet("weekly-core"), weeklyRoundId("s", w)).map((q) => q.id),
    );
    expect(new Set(ids).size).toBeGreaterThan(20);
  });

  it("gives the same questions for the same round id", () => {
    const set = resolveQuestionSet("weekly-core");
    expect(questionsForRound(set, "sched-1:2026-W48")).toEqual(questionsForRound(set, "sched-1:2026-W48"));
    expect(questionsForRound(set, "manual:user-9:x")).toEqual(questionsForRound(set, "manual:user-9:x"));
  });

  it("is deterministic for any round id, scheduled or not (property)", () => {
    const roundId = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.string(), fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 60 }))
        .map(([s, y, w]) => `${s}:${y}-W${String(w).padStart(2, "0")}`),
    );
    fc.assert(
      fc.property(fc.constantFrom(...DEFAULT_QUESTION_SETS), roundId, (set, id) => {
        const first = questionsForRound(set, id).map((q) => q.id);
        const again = questionsForRound(structuredClone(set), id).map((q) => q.id);
        expect(again).toEqual(first);
        expect(first).toHaveLength(set.size);
        expect(new Set(first).size).toBe(first.length);
        expect(first.slice(0, set.fixed.length)).toEqual(set.fixed);
      }),
      { numRuns: 500 },
    );
  });
});
