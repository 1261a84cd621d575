import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { visibleAggregates, type AggregateGroup } from "../../../src/domain/privacy/differencing.js";

const people = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const group = (id: string, members: string[]): AggregateGroup => ({ id, members });

describe("differencing guard", () => {
  it("hides groups under five people", () => {
    expect(visibleAggregates([group("a", people("a", 4)), group("b", people("b", 5))])).toEqual(new Set(["b"]));
  });

  it("hides a level whose mean minus a shown class's would reveal a class of three", () => {
    const a = people("a", 20);
    const b = people("b", 3);
    const shown = visibleAggregates([group("classA", a), group("classB", b), group("GF1", [...a, ...b])]);
    expect(shown).toEqual(new Set(["classA"]));
  });

  it("hides the school when the shown classes inside it leave fewer than five people", () => {
    const [a, b, c] = [people("a", 10), people("b", 10), people("c", 4)];
    const shown = visibleAggregates([group("A", a), group("B", b), group("C", c), group("school", [...a, ...b, ...c])]);
    expect(shown).toEqual(new Set(["A", "B"]));
  });

  it("shows nested groups when the remainder is large enough", () => {
    const [a, b, c] = [people("a", 10), people("b", 10), people("c", 6)];
    const shown = visibleAggregates([group("A", a), group("B", b), group("C", c), group("school", [...a, ...b, ...c])]);
    expect(shown).toEqual(new Set(["A", "B", "C", "school"]));
  });

  it("two shown groups never differ by one to four people (property)", () => {
    const arbGroups = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 30 }), { maxLength: 6 });
    fc.assert(
      fc.property(arbGroups, (raw) => {
        const groups = raw.map((ids, i) => group(`g${i}`, ids.map(String)));
        const shown = groups.filter((g) => visibleAggregates(groups).has(g.id));
        for (const g of shown) expect(g.members.length).toBeGreaterThanOrEqual(5);
        for (const x of shown)
          for (const y of shown) {
            const diff = x.members.filter((m) => !y.members.includes(m)).length;
            const diff2 = y.members.filter((m) => !x.members.includes(m)).length;
            const d = diff + diff2;
            expect(d === 0 || d >= 5).toBe(true);
          }
      }),
    );
  });
});
