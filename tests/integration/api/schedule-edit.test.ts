import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiHarness, type ApiHarness } from "./api-harness.js";

/** Editing schedules and school-wide schedules through the tab API (issue 4), on Azurite. */
let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(async () => {
  await h.stop();
});

interface Listed {
  scheduleId: string;
  etag: string;
  weekday: number;
  time: string;
  paused: boolean;
  target?: unknown;
}
type ErrorBody = { error: { code: string; message: string; details?: Array<{ path: string; message: string }> } };

const body = (overrides: Record<string, unknown> = {}) => ({
  classId: h.school.classId,
  cadence: "weekly",
  weekday: 1,
  time: "08:15",
  timeZone: "Europe/Copenhagen",
  openHours: 24,
  delivery: "both",
  questionSetId: "weekly-core",
  term: { from: "2026-08-10", to: "2027-06-25" },
  holidays: [],
  ...overrides,
});
const wide = (overrides: Record<string, unknown> = {}) => {
  const { classId: _none, ...rest } = body({ target: { kind: "school" }, ...overrides });
  return rest;
};

async function list(as: string, classId = h.school.classId): Promise<Listed[]> {
  const response = await h.call("GET", `/api/v1/classes/${classId}/schedules`, { as });
  return ((await response.json()) as { schedules: Listed[] }).schedules;
}
async function create(as: string, payload: unknown): Promise<Listed> {
  const response = await h.call("POST", "/api/v1/schedules", { as, body: payload });
  expect(response.status).toBe(201);
  return ((await response.json()) as { schedule: Listed }).schedule;
}
const update = (as: string, id: string, payload: unknown, locale = "en") =>
  h.call("POST", `/api/v1/schedules/${id}/update?locale=${locale}`, { as, body: payload });

describe("editing a class schedule", () => {
  it("the teacher edits every field with the ETag they read; a stale copy is refused in their language", async () => {
    const { scheduleId } = await create(h.school.teacher, body());
    const [read] = (await list(h.school.teacher)).filter((s) => s.scheduleId === scheduleId);
    const changed = body({
      cadence: "fortnightly",
      weekday: 3,
      time: "10:30",
      timeZone: "Europe/Helsinki",
      openHours: 30,
      delivery: "personal",
      questionSetId: "fortnightly-5",
      term: { from: "2026-08-17", to: "2027-06-18" },
      holidays: [{ from: "2026-10-19", to: "2026-10-23" }],
    });
    const edited = await update(h.school.teacher, scheduleId, { ...changed, etag: read!.etag });
    expect(edited.status).toBe(200);
    const [after] = (await list(h.school.teacher)).filter((s) => s.scheduleId === scheduleId);
    expect(after).toMatchObject({ ...changed, scheduleId });

    const stale = await update(h.school.coordinator, scheduleId, { ...changed, time: "11:00", etag: read!.etag }, "da");
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as ErrorBody).error.message).toMatch(/En anden har ændret denne plan/);
    const [unchanged] = (await list(h.school.teacher)).filter((s) => s.scheduleId === scheduleId);
    expect(unchanged!.time).toBe("10:30");
    await h.call("POST", `/api/v1/schedules/${scheduleId}/delete`, { as: h.school.teacher, body: {} });
  });

  it("an invalid edit is refused with localized problems and changes nothing", async () => {
    const { scheduleId } = await create(h.school.teacher, body({ weekday: 5 }));
    const [read] = (await list(h.school.teacher)).filter((s) => s.scheduleId === scheduleId);
    const refused = await update(
      h.school.teacher,
      scheduleId,
      { ...body({ weekday: 7, time: "02:30" }), etag: read!.etag },
      "fi",
    );
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as ErrorBody).error.details).toEqual([
      { path: "time", message: expect.stringMatching(/kelloja siirretään/) as unknown as string },
    ]);
    const long = await update(h.school.teacher, scheduleId, { ...body({ openHours: 200 }), etag: read!.etag });
    expect(long.status).toBe(400);
    const [after] = (await list(h.school.teacher)).filter((s) => s.scheduleId === scheduleId);
    expect(after).toEqual(read);
    await h.call("POST", `/api/v1/schedules/${scheduleId}/delete`, { as: h.school.teacher, body: {} });
  });

  it("a teacher of another class cannot see, edit or delete it; the coordinator can edit it", async () => {
    const { scheduleId } = await create(h.school.teacher, body({ weekday: 2 }));
    const [read] = (await list(h.school.teacher)).filter((s) => s.scheduleId === scheduleId);
    const payload = { ...body({ weekday: 2, time: "09:00" }), etag: read!.etag };
    expect((await update(h.school.otherTeacher, scheduleId, payload)).status).toBe(404);
    const del = await h.call("POST", `/api/v1/schedules/${scheduleId}/delete`, { as: h.school.otherTeacher, body: {} });
    expect(del.status).toBe(404);
    expect((await update(h.school.coordinator, scheduleId, payload)).status).toBe(200);
    const resumed = await h.call("POST", `/api/v1/schedules/${scheduleId}/pause`, {
      as: h.school.teacher,
      body: { paused: false },
    });
    expect(resumed.status).toBe(200);
    await h.call("POST", `/api/v1/schedules/${scheduleId}/delete`, { as: h.school.teacher, body: {} });
  });
});

describe("school-wide schedules", () => {
  it("a coordinator creates and edits one; its class's teacher sees it but cannot change it", async () => {
    expect((await h.call("POST", "/api/v1/schedules", { as: h.school.teacher, body: wide() })).status).toBe(403);
    const created = await create(h.school.coordinator, wide({ weekday: 4 }));
    const school = await h.call("GET", "/api/v1/school/schedules", { as: h.school.coordinator });
    const listed = (await school.json()) as { schedules: Listed[]; classes: Array<{ classId: string }> };
    expect(listed.schedules.map((s) => s.scheduleId)).toEqual([created.scheduleId]);
    expect(listed.classes.map((c) => c.classId)).toContain(h.school.classId);
    expect((await h.call("GET", "/api/v1/school/schedules", { as: h.school.teacher })).status).toBe(403);

    const seen = (await list(h.school.teacher)).find((s) => s.scheduleId === created.scheduleId);
    expect(seen?.target).toEqual({ kind: "school" });
    const byTeacher = await update(h.school.teacher, created.scheduleId, { ...wide(), etag: seen!.etag });
    expect(byTeacher.status).toBe(403);
    const pauseByTeacher = await h.call("POST", `/api/v1/schedules/${created.scheduleId}/pause`, {
      as: h.school.teacher,
      body: { paused: true },
    });
    expect(pauseByTeacher.status).toBe(403);
    const edited = await update(h.school.coordinator, created.scheduleId, {
      ...wide({ weekday: 4, time: "12:00", target: { kind: "programme", programme: "Social and health" } }),
      etag: seen!.etag,
    });
    expect(edited.status).toBe(200);
  });

  it("a class schedule overlapping a school-wide one is refused with a clear message, and the other way round", async () => {
    const classSchedule = await create(h.school.teacher, body({ weekday: 6, time: "09:00", openHours: 4 }));
    const clash = await h.call("POST", "/api/v1/schedules?locale=en", {
      as: h.school.teacher,
      body: body({ weekday: 4, time: "13:00", openHours: 2 }), // the school-wide Thursday 12:00 + 24 h
    });
    expect(clash.status).toBe(400);
    expect(((await clash.json()) as ErrorBody).error.details?.[0]?.message).toMatch(/school-wide/);
    const wideClash = await h.call("POST", "/api/v1/schedules?locale=sv", {
      as: h.school.coordinator,
      body: wide({ weekday: 6, time: "10:00", openHours: 2 }),
    });
    expect(wideClash.status).toBe(400);
    expect(((await wideClash.json()) as ErrorBody).error.details?.[0]?.message).toMatch(/ett schema i en av klasserna/);
    const unknown = await h.call("POST", "/api/v1/schedules", {
      as: h.school.coordinator,
      body: wide({ weekday: 7, target: { kind: "classes", classIds: ["no-such-class"] } }),
    });
    expect(unknown.status).toBe(400);
    await h.call("POST", `/api/v1/schedules/${classSchedule.scheduleId}/delete`, { as: h.school.teacher, body: {} });
  });

  it("send now on a school-wide schedule opens a round in each class it reaches, once for a double click", async () => {
    const created = await create(
      h.school.coordinator,
      wide({ weekday: 2, time: "15:00", openHours: 2, target: { kind: "classes", classIds: [h.school.otherClassId] } }),
    );
    const send = () =>
      h.call("POST", `/api/v1/schedules/${created.scheduleId}/send-now`, { as: h.school.coordinator, body: {} });
    const first = (await (await send()).json()) as { opened: boolean; classesOpened: number };
    expect(first).toMatchObject({ opened: true, classesOpened: 1 });
    expect((await (await send()).json()) as { opened: boolean }).toMatchObject({ opened: false, classesOpened: 0 });
  });
});
