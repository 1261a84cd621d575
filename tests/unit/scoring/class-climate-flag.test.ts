import { describe, expect, it } from "vitest";
import { applyClimateRound, type ClassClimateFlag } from "../../../src/domain/scoring/class-climate-flag.js";
import type { ClassClimateSignal } from "../../../src/domain/scoring/evaluate-class-climate.js";
import { explainClimateSignal } from "../../../src/i18n/explain-class-climate.js";

const ids = { tenantId: "t", classId: "c" };
const signal = (roundId: string, dimension: ClassClimateSignal["dimension"] = "belonging"): ClassClimateSignal => ({
  dimension,
  roundId,
  value: 2.9,
  baseline: 3.7,
  respondents: 14,
});
const round = (roundId: string, qualified = true) => ({
  ...ids,
  roundId,
  qualified,
  at: `2026-11-${roundId}T12:00:00Z`,
});

function raised(roundId = "10"): ClassClimateFlag {
  const change = applyClimateRound(undefined, round(roundId), [signal(roundId)]);
  if (change?.kind !== "raise") throw new Error("expected a raise");
  return change.flag;
}

describe("the class's one open climate flag", () => {
  it("a fall raises a new open flag, and that is news for the teachers", () => {
    const change = applyClimateRound(undefined, round("10"), [signal("10")]);
    expect(change).toMatchObject({ kind: "raise", isNews: true, flag: { status: "open", roundId: "10" } });
    expect(change?.flag.flagId).toBe("climate:10");
  });

  it("a further fall joins the open flag quietly, with the newest figure per dimension", () => {
    const newer = { ...signal("17"), value: 2.5 };
    const change = applyClimateRound(raised(), round("17"), [newer, signal("17", "mood")]);
    expect(change?.kind).toBe("join");
    expect(change?.isNews).toBe(false);
    expect(change?.flag.signals.map((s) => [s.dimension, s.value])).toEqual([
      ["belonging", 2.5],
      ["mood", 2.9],
    ]);
  });

  it("the same round applied twice changes nothing (a repeated scheduler tick)", () => {
    expect(applyClimateRound(raised("10"), round("10"), [signal("10")])).toBeUndefined();
  });

  it("a round with enough respondents and no fall resolves it; a small round says nothing", () => {
    expect(applyClimateRound(raised(), round("17", false), [])).toBeUndefined();
    const change = applyClimateRound(raised(), round("17"), []);
    expect(change).toMatchObject({ kind: "resolve", isNews: false, flag: { status: "resolved" } });
    expect(change?.flag.resolvedAt).toBe("2026-11-17T12:00:00Z");
  });

  it("no fall and no open flag: nothing to do; after a resolved flag a new fall is news again", () => {
    expect(applyClimateRound(undefined, round("10"), [])).toBeUndefined();
    const resolved = { ...raised(), status: "resolved" as const };
    expect(applyClimateRound(resolved, round("24"), [signal("24")])?.isNews).toBe(true);
  });
});

describe("a climate signal in words", () => {
  it("explains the class average and the fall in every language, with no student in it", () => {
    expect(explainClimateSignal(signal("10"), "en")).toBe(
      "belonging in class: the class averaged 2.9 of 5, 0.8 below its usual level (14 answered)",
    );
    expect(explainClimateSignal(signal("10"), "da")).toContain("2,9");
    expect(explainClimateSignal(signal("10"), "sv")).toContain("0,8");
    expect(explainClimateSignal(signal("10"), "fi")).toContain("14");
  });
});
