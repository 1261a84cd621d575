import { describe, expect, it } from "vitest";
import { currentOccurrence, nextOccurrence, occurrenceOn } from "../../../src/domain/schedule/occurrence.js";
import { zonedToUtc } from "../../../src/domain/schedule/zoned-time.js";
import { schedule } from "./schedule-fixture.js";

describe("schedule occurrences in IANA zones", () => {
  it("Monday 08:15 in Copenhagen is 06:15 UTC in summer and 07:15 UTC in winter", () => {
    expect(occurrenceOn(schedule(), "2026-09-07").opensAt.toISOString()).toBe("2026-09-07T06:15:00.000Z");
    expect(occurrenceOn(schedule(), "2026-11-02").opensAt.toISOString()).toBe("2026-11-02T07:15:00.000Z");
  });

  it("the same wall-clock time stays put across the autumn and spring changes in all three zones", () => {
    for (const [zone, winter] of [
      ["Europe/Copenhagen", 1],
      ["Europe/Stockholm", 1],
      ["Europe/Helsinki", 2],
    ] as const) {
      const before = zonedToUtc("2026-10-23", "08:15", zone); // Friday before the change on 25 October
      const after = zonedToUtc("2026-10-26", "08:15", zone);
      expect(before.getUTCHours()).toBe(8 - winter - 1);
      expect(after.getUTCHours()).toBe(8 - winter);
      expect(zonedToUtc("2027-03-29", "08:15", zone).getUTCHours()).toBe(8 - winter - 1); // after 28 March
    }
  });

  it("a time skipped by the spring change moves forward by the gap", () => {
    expect(zonedToUtc("2027-03-28", "02:30", "Europe/Copenhagen").toISOString()).toBe("2027-03-28T01:30:00.000Z");
  });

  it("the round open now is found from any moment of its window, and none after it closes", () => {
    const s = schedule();
    const opened = currentOccurrence(s, new Date("2026-09-08T12:00:00Z"));
    expect(opened?.roundId).toBe("s1:2026-W37");
    expect(opened?.closesAt.toISOString()).toBe("2026-09-09T06:15:00.000Z");
    expect(currentOccurrence(s, new Date("2026-09-07T06:14:00Z"))).toBeUndefined();
    expect(currentOccurrence(s, new Date("2026-09-09T06:15:00Z"))).toBeUndefined();
  });

  it("holidays, days outside the term and paused schedules open nothing", () => {
    const s = schedule({ holidays: [{ from: "2026-10-12", to: "2026-10-16" }] });
    expect(currentOccurrence(s, new Date("2026-10-12T10:00:00Z"))).toBeUndefined();
    expect(currentOccurrence(s, new Date("2026-10-19T10:00:00Z"))?.roundId).toBe("s1:2026-W43");
    expect(currentOccurrence(s, new Date("2026-08-03T10:00:00Z"))).toBeUndefined();
    expect(currentOccurrence({ ...s, paused: true }, new Date("2026-10-19T10:00:00Z"))).toBeUndefined();
  });

  it("fortnightly schedules run in the term's first week and every second week after it", () => {
    const s = schedule({ cadence: "fortnightly", openHours: 72 });
    expect(currentOccurrence(s, new Date("2026-08-10T10:00:00Z"))?.roundId).toBe("s1:2026-W33");
    expect(currentOccurrence(s, new Date("2026-08-17T10:00:00Z"))).toBeUndefined();
    expect(currentOccurrence(s, new Date("2026-08-24T10:00:00Z"))?.roundId).toBe("s1:2026-W35");
    expect(nextOccurrence(s, new Date("2026-08-11T00:00:00Z"))?.date).toBe("2026-08-24");
  });

  it("every instance derives the same round id for the same occurrence", () => {
    const at = new Date("2026-09-08T12:00:00Z");
    expect(currentOccurrence(schedule(), at)?.roundId).toBe(currentOccurrence(schedule(), at)?.roundId);
  });
});
