import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiHarness, type ApiHarness } from "./api-harness.js";

/** The coordinator's choice of question set for the school and per class (issue 3), through the tab API on Azurite. */
let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(async () => {
  await h.stop();
});

interface Listed {
  sets: Array<{ id: string; etag?: string }>;
  choices: { schoolDefault?: string; classes: Record<string, string> };
}
interface ErrorBody {
  error: { code: string; message: string };
}

const choose = (body: unknown, as = h.school.coordinator, locale = "en") =>
  h.call("POST", `/api/v1/question-sets/choices?locale=${locale}`, { as, body });
const choices = async (as = h.school.coordinator) => {
  const response = await h.call("GET", "/api/v1/question-sets?locale=en", { as });
  expect(response.status).toBe(200);
  return ((await response.json()) as Listed).choices;
};
const createSet = async () => {
  const response = await h.call("POST", "/api/v1/question-sets?locale=en", {
    as: h.school.coordinator,
    body: {
      name: { da: "Fokus", sv: "Fokus", fi: "Fokus", en: "Focus" },
      cadence: "weekly",
      fixed: ["mood-week"],
      rotating: [["belonging-class"]],
      size: 2,
    },
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { set: { id: string; etag: string } }).set;
};

describe("choosing question sets for the school and its classes", () => {
  it("a coordinator sets the school default and one class's set; a teacher reads both; clearing restores them", async () => {
    const own = await createSet();
    expect((await choose({ setId: "fortnightly-5" })).status).toBe(200);
    expect((await choose({ classId: h.school.classId, setId: own.id })).status).toBe(200);
    expect(await choices(h.school.teacher)).toEqual({
      schoolDefault: "fortnightly-5",
      classes: { [h.school.classId]: own.id },
    });

    expect((await choose({ classId: h.school.classId })).status).toBe(200);
    expect((await choose({})).status).toBe(200);
    expect(await choices()).toEqual({ classes: {} });
  });

  it("a set chosen for a class cannot be deleted until the choice is cleared", async () => {
    const own = await createSet();
    expect((await choose({ classId: h.school.otherClassId, setId: own.id })).status).toBe(200);
    const refused = await h.call("POST", `/api/v1/question-sets/${own.id}/delete?locale=en`, {
      as: h.school.coordinator,
      body: { etag: own.etag },
    });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as ErrorBody).error.message).toMatch(/chosen for the school or a class/);
    expect((await choose({ classId: h.school.otherClassId })).status).toBe(200);
    const deleted = await h.call("POST", `/api/v1/question-sets/${own.id}/delete`, {
      as: h.school.coordinator,
      body: { etag: own.etag },
    });
    expect(deleted.status).toBe(200);
  });

  it("only coordinators choose; unknown sets, unknown classes and extra fields are refused and nothing changes", async () => {
    expect((await choose({ setId: "weekly-core" })).status).toBe(200);
    const teacher = await choose({ classId: h.school.classId, setId: "fortnightly-5" }, h.school.teacher);
    expect(teacher.status).toBe(403);
    expect((await choose({ setId: "fortnightly-5" }, h.school.students[0]!)).status).toBe(403);
    expect((await h.call("POST", "/api/v1/question-sets/choices", { body: {} })).status).toBe(401);

    const unknownSet = await choose({ setId: "qs-nope" }, h.school.coordinator, "sv");
    expect(unknownSet.status).toBe(400);
    expect(((await unknownSet.json()) as ErrorBody).error.message).toBe("Välj en av skolans frågeuppsättningar.");
    const unknownClass = await choose({ classId: "no-such-class", setId: "fortnightly-5" });
    expect(unknownClass.status).toBe(400);
    expect((await choose({ setId: "fortnightly-5", schoolId: "x" })).status).toBe(400);
    expect(await choices()).toEqual({ schoolDefault: "weekly-core", classes: {} });
  });
});
