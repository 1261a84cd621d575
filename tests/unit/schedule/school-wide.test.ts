import { describe, expect, it } from "vitest";
import { classRoundId, skippedOccurrenceDate } from "../../../src/domain/schedule/occurrence.js";
import { schedulesMeet, targetedClasses, targetsClass } from "../../../src/domain/schedule/target.js";
import { validateSchedule } from "../../../src/domain/schedule/validate-schedule.js";
import type { Schedule } from "../../../src/domain/schedule/schedule.js";
import { schedule } from "./schedule-fixture.js";

const classes = [
  { classId: "c1", programme: "Health", installed: true },
  { classId: "c2", programme: "Health", installed: true },
  { classId: "c3", programme: "Business", installed: true },
  { classId: "c4", programme: "Business", installed: false },
];
const school = schedule({ scheduleId: "w1", classId: undefined, target: { kind: "school" } });
const health = schedule({ scheduleId: "w2", classId: undefined, target: { kind: "programme", programme: "Health" } });
const chosen = schedule({ scheduleId: "w3", classId: undefined, target: { kind: "classes", classIds: ["c3", "c4"] } });
const context: { questionSetIds: string[]; otherSchedules: Schedule[] } = {
  questionSetIds: ["weekly-core"],
  otherSchedules: [],
};

describe("school-wide schedule targets", () => {
  it("the school reaches every installed class, a programme its classes, a list the installed classes listed", () => {
    expect(targetedClasses(school, classes).map((c) => c.classId)).toEqual(["c1", "c2", "c3"]);
    expect(targetedClasses(health, classes).map((c) => c.classId)).toEqual(["c1", "c2"]);
    expect(targetedClasses(chosen, classes).map((c) => c.classId)).toEqual(["c3"]);
  });

  it("a class installed later is reached without changing the schedule", () => {
    const later = { classId: "c9", programme: "Health", installed: true };
    expect(targetsClass(school, later) && targetsClass(health, later)).toBe(true);
    expect(targetsClass(chosen, later)).toBe(false);
  });

  it("a class schedule meets the school-wide ones reaching its class, and no others", () => {
    const c1 = schedule({ classId: "c1" });
    expect(schedulesMeet(c1, school, classes)).toBe(true);
    expect(schedulesMeet(c1, health, classes)).toBe(true);
    expect(schedulesMeet(c1, chosen, classes)).toBe(false);
    expect(schedulesMeet(schedule({ classId: "c3" }), health, classes)).toBe(false);
    expect(schedulesMeet(health, chosen, classes)).toBe(false);
    expect(schedulesMeet(school, chosen, [])).toBe(true); // the school grows into every list
  });

  it("each class gets its own round id from schedule + class + occurrence; a class schedule keeps its id", () => {
    expect(classRoundId(school, "w1:2026-W37", "c2")).toBe("w1:c2:2026-W37");
    expect(classRoundId(school, "w1:now-2026-09-07T07:00", "c2")).toBe("w1:c2:now-2026-09-07T07:00");
    expect(classRoundId(schedule(), "s1:2026-W37", "c1")).toBe("s1:2026-W37");
  });
});

describe("school-wide schedule validation", () => {
  const codes = (s: Parameters<typeof validateSchedule>[0], others = context.otherSchedules) =>
    validateSchedule(s, { ...context, otherSchedules: others }).map((p) => p.code);

  it("a schedule names exactly one of a class or a target, and a target is not empty", () => {
    expect(codes(school)).toEqual([]);
    expect(codes(schedule({ classId: undefined }))).toEqual(["invalidTarget"]);
    expect(codes(schedule({ target: { kind: "school" } }))).toEqual(["invalidTarget"]);
    expect(codes({ ...health, target: { kind: "programme", programme: " " } })).toEqual(["invalidTarget"]);
    expect(codes({ ...chosen, target: { kind: "classes", classIds: [] } })).toEqual(["invalidTarget"]);
  });

  it("a class schedule overlapping a school-wide one says so, and the other way round", () => {
    const classTuesday = schedule({ scheduleId: "c", weekday: 2, time: "10:00", openHours: 4 });
    expect(codes(schedule({ scheduleId: "x" }), [school])).toEqual(["overlapsSchoolSchedule"]);
    expect(codes(school, [classTuesday])).toEqual(["overlapsClassSchedule"]);
    expect(codes(schedule({ openHours: 24 }), [classTuesday])).toEqual([]);
  });

  it("overlaps compare zones on one clock: Helsinki 09:00 is Copenhagen 08:00", () => {
    const copenhagen = schedule({ scheduleId: "c", time: "08:00", openHours: 1 });
    const helsinki = (time: string) => ({ ...school, time, openHours: 1, timeZone: "Europe/Helsinki" as const });
    expect(codes(helsinki("09:30"), [copenhagen])).toEqual(["overlapsClassSchedule"]);
    expect(codes(helsinki("10:00"), [copenhagen])).toEqual([]);
  });
});

describe("times skipped by the spring clock change", () => {
  it("a Sunday 02:30 Copenhagen schedule is refused: the last Sunday of March has no 02:30", () => {
    const sunday = schedule({ weekday: 7, time: "02:30" });
    expect(skippedOccurrenceDate(sunday)).toBe("2027-03-28");
    expect(validateSchedule(sunday, context).map((p) => p.code)).toEqual(["timeSkippedByClockChange"]);
  });

  it("Helsinki's gap is an hour later, and a holiday over that Sunday makes the time fine", () => {
    expect(skippedOccurrenceDate(schedule({ weekday: 7, time: "02:30", timeZone: "Europe/Helsinki" }))).toBe(undefined);
    expect(skippedOccurrenceDate(schedule({ weekday: 7, time: "03:30", timeZone: "Europe/Helsinki" }))).toBe(
      "2027-03-28",
    );
    const easter = [{ from: "2027-03-27", to: "2027-03-29" }];
    expect(skippedOccurrenceDate(schedule({ weekday: 7, time: "02:30", holidays: easter }))).toBeUndefined();
  });

  it("a weekday schedule at the same time never meets the gap", () => {
    expect(skippedOccurrenceDate(schedule({ time: "02:30" }))).toBeUndefined();
  });
});
