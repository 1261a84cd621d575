import type { Schedule } from "../../../src/domain/schedule/schedule.js";

/** A weekly Monday 08:15 Copenhagen schedule for the 2026/27 school year, open 48 h. */
export function schedule(overrides: Partial<Schedule> = {}): Schedule {
  return {
    tenantId: "t",
    scheduleId: "s1",
    classId: "c1",
    cadence: "weekly",
    weekday: 1,
    time: "08:15",
    timeZone: "Europe/Copenhagen",
    openHours: 48,
    delivery: "both",
    questionSetId: "weekly-core",
    term: { from: "2026-08-10", to: "2027-06-25" },
    holidays: [],
    paused: false,
    updatedBy: "u",
    updatedAt: "2026-08-01T00:00:00.000Z",
    ...overrides,
  };
}
