import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiHarness, type ApiHarness } from "../api/api-harness.js";

/** Schedules through the tab API (issue 4): who may manage them, localized refusals, send now, delivery report. */
let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(async () => {
  await h.stop();
});

const body = (overrides: Record<string, unknown> = {}) => ({
  classId: h.school.classId,
  cadence: "weekly",
  weekday: 1,
  time: "08:15",
  timeZone: "Europe/Copenhagen",
  openHours: 48,
  delivery: "both",
  questionSetId: "weekly-core",
  term: { from: "2026-08-10", to: "2027-06-25" },
  holidays: [{ from: "2026-10-12", to: "2026-10-16" }],
  ...overrides,
});

describe("schedules in the tab API", () => {
  it("the class's teacher creates, lists, pauses and deletes a schedule", async () => {
    const created = await h.call("POST", "/api/v1/schedules?locale=da", { as: h.school.teacher, body: body() });
    expect(created.status).toBe(201);
    const { schedule } = (await created.json()) as { schedule: { scheduleId: string; paused: boolean } };
    expect(schedule.paused).toBe(false);
    const listed = await h.call("GET", `/api/v1/classes/${h.school.classId}/schedules`, { as: h.school.teacher });
    const { schedules } = (await listed.json()) as { schedules: Array<{ scheduleId: string; nextOpensAt?: string }> };
    expect(schedules.map((s) => s.scheduleId)).toEqual([schedule.scheduleId]);
    const paused = await h.call("POST", `/api/v1/schedules/${schedule.scheduleId}/pause`, {
      as: h.school.teacher,
      body: { paused: true },
    });
    expect(((await paused.json()) as { schedule: { paused: boolean } }).schedule.paused).toBe(true);
    const deleted = await h.call("POST", `/api/v1/schedules/${schedule.scheduleId}/delete`, {
      as: h.school.teacher,
      body: {},
    });
    expect(deleted.status).toBe(200);
    const after = await h.call("GET", `/api/v1/classes/${h.school.classId}/schedules`, { as: h.school.teacher });
    expect(((await after.json()) as { schedules: unknown[] }).schedules).toEqual([]);
  });

  it("a student or a teacher of another class may not create one; a coordinator may", async () => {
    for (const who of [h.school.students[0]!, h.school.otherTeacher]) {
      expect((await h.call("POST", "/api/v1/schedules", { as: who, body: body() })).status).toBe(403);
    }
    const byCoordinator = await h.call("POST", "/api/v1/schedules", {
      as: h.school.coordinator,
      body: body({ weekday: 4 }),
    });
    expect(byCoordinator.status).toBe(201);
  });

  it("impossible times, long windows and overlaps are refused with messages in the teacher's language", async () => {
    const refused = await h.call("POST", "/api/v1/schedules?locale=sv", {
      as: h.school.teacher,
      body: body({ time: "25:00", openHours: 200 }),
    });
    expect(refused.status).toBe(400);
    const { error } = (await refused.json()) as { error: { details: Array<{ path: string; message: string }> } };
    expect(error.details).toEqual([
      { path: "time", message: "Ange en tid mellan 00:00 och 23:59, till exempel 08:15." },
      { path: "openHours", message: "En incheckning kan inte vara öppen längre än tiden till nästa." },
    ]);
    const overlap = await h.call("POST", "/api/v1/schedules?locale=en", {
      as: h.school.teacher,
      body: body({ weekday: 4, time: "12:00" }), // the coordinator's Thursday 08:15 schedule is open until Saturday
    });
    const detail = ((await overlap.json()) as { error: { details: Array<{ message: string }> } }).error.details[0];
    expect(detail?.message).toMatch(/overlap another check-in schedule/);
    const unknownClass = await h.call("POST", "/api/v1/schedules?locale=da", {
      as: h.school.coordinator,
      body: body({ classId: "no-such-class" }),
    });
    expect(unknownClass.status).toBe(400);
  });

  it("send now opens one round for a double click, and the teacher sees its delivery report", async () => {
    const created = await h.call("POST", "/api/v1/schedules", {
      as: h.school.teacher,
      body: body({ weekday: 6, openHours: 2, delivery: "personal" }),
    });
    const { schedule } = (await created.json()) as { schedule: { scheduleId: string } };
    const send = () =>
      h.call("POST", `/api/v1/schedules/${schedule.scheduleId}/send-now`, { as: h.school.teacher, body: {} });
    const [first, second] = [await send(), await send()];
    const opened = (await first.json()) as { roundId: string; opened: boolean };
    expect(opened.opened).toBe(true);
    expect((await second.json()) as { roundId: string }).toMatchObject({ roundId: opened.roundId, opened: false });
    const report = await h.call("GET", `/api/v1/classes/${h.school.classId}/rounds/${opened.roundId}/delivery`, {
      as: h.school.teacher,
    });
    const r = (await report.json()) as { counts: Record<string, number>; unreached: unknown[] };
    expect(r.counts).toMatchObject({ pending: h.school.students.length, sent: 0 });
    const asStudent = await h.call("GET", `/api/v1/classes/${h.school.classId}/rounds/${opened.roundId}/delivery`, {
      as: h.school.students[0]!,
    });
    expect(asStudent.status).toBe(403);
  });
});
