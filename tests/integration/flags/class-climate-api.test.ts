import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiHarness, type ApiHarness } from "../api/api-harness.js";

let h: ApiHarness;
const path = () => `/api/v1/classes/${h.school.classId}/climate-flags`;

beforeAll(async () => {
  h = await startApiHarness();
  const at = "2026-11-16T12:00:00.000Z";
  const signal = { dimension: "belonging" as const, roundId: "r9", value: 2.9, baseline: 3.7, respondents: 14 };
  await h.app.stores.classFlags.put(
    {
      tenantId: h.school.tenantId,
      classId: h.school.classId,
      flagId: "climate:r9",
      roundId: "r9",
      signals: [signal],
      status: "open",
      raisedAt: at,
      updatedAt: at,
    },
    undefined,
  );
});
afterAll(async () => {
  await h?.stop();
});

describe("GET /api/v1/classes/:id/climate-flags", () => {
  it("the class's teacher reads the open climate flag explained in her language, with no student in it", async () => {
    const response = await h.call("GET", `${path()}?locale=da`, { as: h.school.teacher });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { flags: Array<{ status: string; explanation: string[] }> };
    expect(body.flags).toHaveLength(1);
    expect(body.flags[0]?.status).toBe("open");
    expect(body.flags[0]?.explanation[0]).toContain("klassen svarede i gennemsnit 2,9 af 5, 0,8 under");
    for (const s of h.school.students) expect(JSON.stringify(body)).not.toContain(s);
  });

  it("a coordinator may read it; a mentor or another class's teacher may not", async () => {
    expect((await h.call("GET", path(), { as: h.school.coordinator })).status).toBe(200);
    expect((await h.call("GET", path(), { as: h.school.mentor })).status).toBe(403);
    expect((await h.call("GET", path(), { as: h.school.otherTeacher })).status).toBe(403);
    expect((await h.call("GET", path())).status).toBe(401);
  });
});
