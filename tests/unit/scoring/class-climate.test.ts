import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateClassClimate, type ClassRoundAggregate } from "../../../src/domain/scoring/evaluate-class-climate.js";

const round = (roundId: string, respondents: number, belonging: number): ClassRoundAggregate => ({
  roundId,
  respondents,
  means: { belonging, mood: 4 },
});

describe("class climate against the class's own baseline", () => {
  it("reports a dimension whose class mean fell 0.5 or more below its usual level, with the numbers", () => {
    const rounds = [round("r1", 20, 4.1), round("r2", 18, 4.0), round("r3", 19, 3.9), round("r4", 17, 3.3)];
    expect(evaluateClassClimate(rounds)).toEqual([
      { dimension: "belonging", roundId: "r4", value: 3.3, baseline: 4, respondents: 17 },
    ]);
  });

  it("says nothing about a round with fewer than 5 respondents, nor counts small rounds in the baseline", () => {
    const small = [round("r1", 20, 4), round("r2", 20, 4), round("r3", 20, 4), round("r4", 4, 1)];
    expect(evaluateClassClimate(small)).toEqual([]);
    const smallBaseline = [round("r1", 3, 4), round("r2", 20, 4), round("r3", 20, 4), round("r4", 20, 2)];
    expect(evaluateClassClimate(smallBaseline)).toEqual([]); // only two qualifying earlier rounds
  });

  it("needs three earlier rounds and a real fall; a stable class is quiet", () => {
    expect(evaluateClassClimate([round("r1", 20, 4), round("r2", 20, 2)])).toEqual([]);
    expect(
      evaluateClassClimate([round("r1", 20, 4), round("r2", 20, 4), round("r3", 20, 4), round("r4", 20, 3.7)]),
    ).toEqual([]);
  });

  it("never throws and never reports on fewer than 5 respondents, whatever the aggregates", () => {
    const aggregate = fc.record({
      roundId: fc.string({ maxLength: 4 }),
      respondents: fc.integer({ min: 0, max: 40 }),
      means: fc.dictionary(fc.constantFrom("mood", "belonging", "oddDimension"), fc.double()),
    });
    fc.assert(
      fc.property(fc.array(aggregate, { maxLength: 12 }), (rounds) => {
        const signals = evaluateClassClimate(rounds as ClassRoundAggregate[]);
        for (const s of signals) expect(s.respondents).toBeGreaterThanOrEqual(5);
      }),
    );
  });
});
