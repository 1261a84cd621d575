import { describe, expect, it } from "vitest";
import type { Schedule } from "../../../src/domain/schedule/schedule.js";
import { validateSchedule } from "../../../src/domain/schedule/validate-schedule.js";
import { schedule } from "./schedule-fixture.js";

const context: { questionSetIds: string[]; otherSchedules: Schedule[] } = {
  questionSetIds: ["weekly-core", "fortnightly-5"],
  otherSchedules: [],
};
const codes = (overrides: Parameters<typeof schedule>[0], ctx = context) =>
  validateSchedule(schedule(overrides), ctx).map((p) => p.code);

describe("schedule validation", () => {
  it("a sensible weekly schedule has no problems", () => {
    expect(codes({})).toEqual([]);
  });

  it("refuses impossible times and dates", () => {
    expect(codes({ time: "24:30" })).toEqual(["invalidTime"]);
    expect(codes({ time: "8:15" })).toEqual(["invalidTime"]);
    expect(codes({ term: { from: "2026-02-30", to: "2026-06-01" } })).toEqual(["invalidDate"]);
    expect(codes({ term: { from: "2026-08-10", to: "2026-06-01" } })).toEqual(["termEndsBeforeStart"]);
  });

  it("refuses windows longer than the cadence and shorter than an hour", () => {
    expect(codes({ openHours: 169 })).toEqual(["windowLongerThanCadence"]);
    expect(codes({ cadence: "fortnightly", openHours: 169 })).toEqual([]);
    expect(codes({ openHours: 0 })).toEqual(["windowTooShort"]);
  });

  it("refuses unknown zones and question sets", () => {
    expect(codes({ timeZone: "America/New_York" as never })).toEqual(["invalidZone"]);
    expect(codes({ questionSetId: "nope" })).toEqual(["unknownQuestionSet"]);
  });

  it("refuses a schedule whose rounds would overlap another schedule of the class", () => {
    const other = schedule({ scheduleId: "s0", weekday: 2, time: "10:00", openHours: 4 });
    const ctx = { ...context, otherSchedules: [other] };
    expect(codes({}, ctx)).toEqual(["overlapsSchedule"]); // Monday 08:15 + 48 h covers Tuesday 10:00
    expect(codes({ openHours: 24 }, ctx)).toEqual([]);
    expect(codes({ term: { from: "2027-08-09", to: "2028-06-23" } }, ctx)).toEqual([]); // another school year
  });
});
