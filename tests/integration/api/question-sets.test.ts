import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiHarness, type ApiHarness } from "./api-harness.js";

/** The school's own question sets through the tab API (issues 3 and 6), on Azurite. */
let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(async () => {
  await h.stop();
});

interface SetView {
  id: string;
  displayName: string;
  builtIn: boolean;
  etag?: string;
  fixed: string[];
  coverage: { never: string[]; rarely: string[] };
}
interface ErrorBody {
  error: { code: string; message: string; details?: Array<{ path: string; message: string }> };
}

const draft = (overrides: Record<string, unknown> = {}) => ({
  name: { da: "Tryghed", sv: "Trygghet", fi: "Turvallisuus", en: "Safety first" },
  cadence: "weekly",
  fixed: ["mood-week", "safety-at-school"],
  rotating: [["belonging-class", "belonging-breaks"], ["adult-at-school"]],
  size: 3,
  ...overrides,
});

const list = async (as: string) => {
  const response = await h.call("GET", "/api/v1/question-sets?locale=en", { as });
  expect(response.status).toBe(200);
  return (await response.json()) as { sets: SetView[]; bank: Array<{ dimension: string; items: unknown[] }> };
};
const create = async (body: unknown = draft()) => {
  const response = await h.call("POST", "/api/v1/question-sets?locale=en", { as: h.school.coordinator, body });
  expect(response.status).toBe(201);
  return ((await response.json()) as { set: SetView }).set;
};
const ownIds = async () => (await list(h.school.coordinator)).sets.filter((s) => !s.builtIn).map((s) => s.id);

describe("question sets in the tab API", () => {
  it("a coordinator creates, edits and deletes a set; a teacher sees it beside the read-only built-in sets", async () => {
    const created = await create();
    expect(created).toMatchObject({ displayName: "Safety first", builtIn: false });
    const { sets, bank } = await list(h.school.teacher);
    expect(sets.slice(0, 2).map((s) => [s.id, s.builtIn, s.etag])).toEqual([
      ["weekly-core", true, undefined],
      ["fortnightly-5", true, undefined],
    ]);
    expect(sets.map((s) => s.id)).toContain(created.id);
    expect(bank.map((d) => d.items.length).reduce((a, b) => a + b)).toBe(36);

    const updated = await h.call("POST", `/api/v1/question-sets/${created.id}/update?locale=en`, {
      as: h.school.coordinator,
      body: { ...draft({ fixed: ["mood-week"] }), etag: created.etag },
    });
    expect(updated.status).toBe(200);
    const edited = ((await updated.json()) as { set: SetView }).set;
    expect(edited.fixed).toEqual(["mood-week"]);
    expect(edited.coverage.never).toContain("motivation");

    const deleted = await h.call("POST", `/api/v1/question-sets/${created.id}/delete`, {
      as: h.school.coordinator,
      body: { etag: edited.etag },
    });
    expect(deleted.status).toBe(200);
    expect(await ownIds()).not.toContain(created.id);
  });

  it("a teacher may read but not create, edit or delete; a student may not even read", async () => {
    const created = await create();
    const asTeacher = (path: string, body: unknown) => h.call("POST", path, { as: h.school.teacher, body });
    expect((await asTeacher("/api/v1/question-sets", draft())).status).toBe(403);
    expect(
      (await asTeacher(`/api/v1/question-sets/${created.id}/update`, { ...draft(), etag: created.etag })).status,
    ).toBe(403);
    expect((await asTeacher(`/api/v1/question-sets/${created.id}/delete`, { etag: created.etag })).status).toBe(403);
    expect((await h.call("GET", "/api/v1/question-sets", { as: h.school.students[0]! })).status).toBe(403);
    expect((await h.call("GET", "/api/v1/question-sets")).status).toBe(401);
    expect((await list(h.school.coordinator)).sets.find((s) => s.id === created.id)?.fixed).toEqual(draft().fixed);
  });

  it("an edit from a stale copy is refused as changed by someone else, and the newer edit stays", async () => {
    const created = await create();
    const path = `/api/v1/question-sets/${created.id}/update?locale=da`;
    const first = await h.call("POST", path, {
      as: h.school.coordinator,
      body: { ...draft({ size: 4, rotating: [["belonging-class"], ["adult-at-school"]] }), etag: created.etag },
    });
    expect(first.status).toBe(200);
    const stale = await h.call("POST", path, { as: h.school.coordinator, body: { ...draft(), etag: created.etag } });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as ErrorBody).error.message).toBe(
      "Spørgsmålssættet er blevet ændret af en anden. Genindlæs og prøv igen.",
    );
    const staleDelete = await h.call("POST", `/api/v1/question-sets/${created.id}/delete`, {
      as: h.school.coordinator,
      body: { etag: created.etag },
    });
    expect(staleDelete.status).toBe(409);
    const kept = (await list(h.school.coordinator)).sets.find((s) => s.id === created.id) as SetView & { size: number };
    expect(kept.size).toBe(4);
  });

  it("bad bodies are refused with localized reasons and nothing is stored", async () => {
    const before = await ownIds();
    const invalid = await h.call("POST", "/api/v1/question-sets?locale=sv", {
      as: h.school.coordinator,
      body: draft({
        name: { da: "A", sv: "", fi: "C", en: "D" },
        fixed: ["mood-week", "mood-week"],
        rotating: [["belonging-class", "safety-online"]],
      }),
    });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as ErrorBody).error.details).toEqual([
      { path: "name.sv", message: "Ge uppsättningen ett namn på det här språket." },
      {
        path: "fixed",
        message: expect.stringMatching(/finns två gånger i uppsättningen/) as unknown as string,
      },
      { path: "rotating.0", message: "En växlande grupp får bara innehålla frågor om ett ämne." },
    ]);
    for (const body of [
      draft({ size: "three" }),
      draft({ cadence: "daily" }),
      { ...draft(), extra: true },
      draft({ rotating: "belonging-class" }),
      "not json",
    ]) {
      expect((await h.call("POST", "/api/v1/question-sets", { as: h.school.coordinator, body })).status).toBe(400);
    }
    const builtIn = await h.call("POST", "/api/v1/question-sets/weekly-core/update?locale=en", {
      as: h.school.coordinator,
      body: { ...draft(), etag: "x" },
    });
    expect(builtIn.status).toBe(400);
    expect(((await builtIn.json()) as ErrorBody).error.message).toMatch(/Make a copy instead/);
    expect(await ownIds()).toEqual(before);
  });

  it("a set a schedule uses cannot be deleted; the refusal says why", async () => {
    const created = await create();
    const schedule = await h.call("POST", "/api/v1/schedules", {
      as: h.school.teacher,
      body: {
        classId: h.school.classId,
        cadence: "weekly",
        weekday: 3,
        time: "10:00",
        timeZone: "Europe/Copenhagen",
        openHours: 24,
        delivery: "both",
        questionSetId: created.id,
        term: { from: "2026-08-10", to: "2027-06-25" },
        holidays: [],
      },
    });
    expect(schedule.status).toBe(201);
    const refused = await h.call("POST", `/api/v1/question-sets/${created.id}/delete?locale=en`, {
      as: h.school.coordinator,
      body: { etag: created.etag },
    });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as ErrorBody).error.message).toBe(
      "This question set is used by 1 schedule(s) and cannot be deleted. Pick another set for them first.",
    );
    expect(await ownIds()).toContain(created.id);
    const unknownSet = await h.call("POST", "/api/v1/schedules?locale=en", {
      as: h.school.teacher,
      body: { ...(await schedule.clone().json()).schedule, questionSetId: "qs-nope", weekday: 5 },
    });
    expect(unknownSet.status).toBe(400);
  });

  it("a draft is checked without saving: problems, or the coverage hint when valid", async () => {
    const before = await ownIds();
    const check = async (body: unknown) => {
      const response = await h.call("POST", "/api/v1/question-sets/check?locale=en", {
        as: h.school.coordinator,
        body,
      });
      expect(response.status).toBe(200);
      return (await response.json()) as { problems: unknown[]; coverage?: { never: string[] } };
    };
    expect((await check(draft())).coverage?.never).toEqual([
      "teacherRelations",
      "motivation",
      "workload",
      "energy",
      "dropoutThoughts",
    ]);
    expect((await check(draft({ size: 9 }))).problems).toEqual([
      { path: "size", message: "A check-in asks between 2 and 5 questions." },
    ]);
    expect(await ownIds()).toEqual(before);
  });

  it("the OpenAPI document describes the question set routes", async () => {
    const doc = (await (await h.call("GET", "/api/v1/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/question-sets",
        "/api/v1/question-sets/{id}/update",
        "/api/v1/question-sets/{id}/delete",
      ]),
    );
  });
});
