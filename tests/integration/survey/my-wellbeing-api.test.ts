import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MyWellbeingResponse } from "../../../src/http/api/schemas/wellbeing.js";
import { startApiHarness, type ApiHarness } from "../api/api-harness.js";

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h.stop());

const wellbeing = async (as: string) => h.call("GET", "/api/v1/me/wellbeing", { as });

describe("GET /api/v1/me/wellbeing", () => {
  it("gives a student their own trend per dimension, oldest first, and their open help request", async () => {
    const response = await wellbeing(h.school.students[0]!);
    expect(response.status).toBe(200);
    const body = (await response.json()) as MyWellbeingResponse;
    expect(body.answeredRounds).toBeGreaterThan(0);
    const mood = body.dimensions.find((d) => d.dimension === "mood");
    expect(mood?.points.length).toBeGreaterThan(0);
    const times = mood!.points.map((p) => Date.parse(p.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(body.openHelpRequests).toEqual([expect.objectContaining({ target: "mentor", seen: false })]);
  });

  it("a calm student has no open help requests", async () => {
    const body = (await (await wellbeing(h.school.students[4]!)).json()) as MyWellbeingResponse;
    expect(body.openHelpRequests).toEqual([]);
  });

  it("is only for students: a teacher gets 403, no token gets 401", async () => {
    expect((await wellbeing(h.school.teacher)).status).toBe(403);
    expect((await h.call("GET", "/api/v1/me/wellbeing")).status).toBe(401);
  });
});
