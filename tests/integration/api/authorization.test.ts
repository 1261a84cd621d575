import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiHarness, type ApiHarness } from "./api-harness.js";

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h.stop());

const todayAudit = async () => h.app.stores.audit.listDay(h.school.tenantId, new Date().toISOString().slice(0, 10));

describe("who may see a student's record (DESIGN §6)", () => {
  it("a student reads their own trend and answers, but no staff assessments", async () => {
    const [self] = h.school.students;
    const response = await h.call("GET", `/api/v1/students/${self}`, { as: self });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { access: string; answers: unknown[]; flags: unknown[]; cases: unknown[] };
    expect(body.access).toBe("self");
    expect(body.answers.length).toBeGreaterThan(0);
    expect(body.flags).toEqual([]);
    expect(body.cases).toEqual([]);
  });

  it("a student cannot read another student: 404, as if the student did not exist", async () => {
    const [self, other] = h.school.students;
    const response = await h.call("GET", `/api/v1/students/${other}`, { as: self });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "notFound", message: expect.any(String) } });
  });

  it("a mentor reads their own mentee, flags in words included, and the read is audited", async () => {
    const student = h.school.students[0] ?? "";
    const response = await h.call("GET", `/api/v1/students/${student}?locale=da`, { as: h.school.mentor });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { access: string; flags: Array<{ reasons: Array<{ text: string }> }> };
    expect(body.access).toBe("mentor");
    expect(body.flags[0]?.reasons[0]?.text).toMatch(/tale med/);
    const audit = await todayAudit();
    expect(audit).toContainEqual(
      expect.objectContaining({
        actorId: h.school.mentor,
        subjectStudentId: student,
        action: "read",
        what: "studentRecord",
      }),
    );
  });

  it("a mentor cannot read a student who is not theirs", async () => {
    const notMine = h.school.students[4];
    expect((await h.call("GET", `/api/v1/students/${notMine}`, { as: h.school.mentor })).status).toBe(404);
  });

  it("a teacher sees no individual answers, not even of a student in their own class", async () => {
    for (const student of h.school.students) {
      expect((await h.call("GET", `/api/v1/students/${student}`, { as: h.school.teacher })).status).toBe(404);
    }
    const overview = await (
      await h.call("GET", `/api/v1/classes/${h.school.classId}/overview`, { as: h.school.teacher })
    ).text();
    for (const student of h.school.students) expect(overview).not.toContain(student);
  });

  it("a coordinator sees aggregates but not a student's record", async () => {
    const student = h.school.students[0];
    expect((await h.call("GET", `/api/v1/students/${student}`, { as: h.school.coordinator })).status).toBe(404);
    expect(
      (await h.call("GET", `/api/v1/classes/${h.school.classId}/overview`, { as: h.school.coordinator })).status,
    ).toBe(200);
  });

  it("a student cannot assign a case, and a mentor cannot assign one to a student who is not theirs", async () => {
    const [self, , , , notMine] = h.school.students;
    expect((await h.call("POST", `/api/v1/students/${self}/cases`, { as: self, body: {} })).status).toBe(404);
    expect((await h.call("POST", `/api/v1/students/${notMine}/cases`, { as: h.school.mentor, body: {} })).status).toBe(
      404,
    );
    expect(await h.app.stores.cases.listStudent(h.school.tenantId, notMine ?? "")).toEqual([]);
  });
});

describe("who may see a class", () => {
  it("a teacher of another class is refused with 403", async () => {
    const response = await h.call("GET", `/api/v1/classes/${h.school.classId}/overview`, { as: h.school.otherTeacher });
    expect(response.status).toBe(403);
  });

  it("a mentor who does not teach the class is refused", async () => {
    expect((await h.call("GET", `/api/v1/classes/${h.school.classId}/overview`, { as: h.school.mentor })).status).toBe(
      403,
    );
  });

  it("hides every mean over fewer than 5 respondents and shows the others", async () => {
    const response = await h.call("GET", `/api/v1/classes/${h.school.classId}/overview?locale=sv`, {
      as: h.school.teacher,
    });
    expect(response.status).toBe(200);
    type Q = { questionId: string; mean: number | null; hidden: boolean; hiddenReason?: string };
    const body = (await response.json()) as {
      students: number;
      rounds: Array<{ roundId: string; respondents: number; participation: number; questions: Q[] }>;
    };
    expect(body.students).toBe(6);
    const full = body.rounds.find((r) => r.roundId === h.school.fullRoundId);
    const thin = body.rounds.find((r) => r.roundId === h.school.thinRoundId);
    expect(full).toMatchObject({ respondents: 6, participation: 1 });
    expect(full?.questions.find((q) => q.questionId === "mood-week")).toMatchObject({ mean: 3, hidden: false });
    expect(full?.questions.find((q) => q.questionId === "energy-week")).toMatchObject({ mean: 3, hidden: false });
    expect(thin).toMatchObject({ respondents: 3, participation: 0.5 });
    for (const q of thin?.questions ?? []) {
      expect(q).toMatchObject({ mean: null, hidden: true, hiddenReason: expect.stringMatching(/färre än 5/) });
    }
    expect(body.rounds.map((r) => r.roundId)).toEqual([h.school.fullRoundId, h.school.thinRoundId]);
  });
});
