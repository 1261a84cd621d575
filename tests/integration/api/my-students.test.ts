import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiHarness, type ApiHarness } from "./api-harness.js";

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h.stop());

interface Row {
  studentId: string;
  severity: number;
  reasons: Array<{ kind: string; text: string }>;
  trend: number[];
  lastAnsweredAt?: string;
  openCase?: { caseId: string; cardId: string; cardTitle: string; ownerId: string; status: string };
  suggestedCardId?: string;
  suggestedCardTitle?: string;
}
const myStudents = async (locale = "en") => {
  const response = await h.call("GET", `/api/v1/my-students?locale=${locale}`, { as: h.school.mentor });
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return ((await response.json()) as { students: Row[] }).students;
};

describe("My students", () => {
  it("lists only the mentor's students, flagged first by severity, with reasons in words and a suggested card", async () => {
    const rows = await myStudents();
    const [s0, s1, s2, s3] = h.school.students;
    expect(rows.map((r) => r.studentId)).toEqual([s0, s1, s2, s3]);
    expect(rows.map((r) => r.severity)).toEqual([3, 2, 1, 0]);
    expect(rows[0]?.reasons[0]).toEqual({ kind: "helpRequest", text: "asked to talk to someone (their mentor)" });
    expect(rows[1]?.reasons[0]?.text).toBe("answered 2 of 5 on belonging in class");
    expect(rows[0]?.trend.length).toBe(3);
    expect(rows[0]?.lastAnsweredAt).toEqual(expect.any(String));
    expect(rows[1]?.suggestedCardId).toBe("belonging-loneliness");
    expect(rows[3]?.suggestedCardId).toBeUndefined();
  });

  it("explains reasons in the requested language", async () => {
    const rows = await myStudents("fi-FI");
    expect(rows[1]?.reasons[0]?.text).not.toBe("answered 2 of 5 on belonging in class");
    expect(rows[1]?.suggestedCardTitle).toEqual(expect.any(String));
  });

  it("audits every student the list shows", async () => {
    await myStudents();
    const audit = await h.app.stores.audit.listDay(h.school.tenantId, new Date().toISOString().slice(0, 10));
    for (const student of h.school.students.slice(0, 4)) {
      expect(audit).toContainEqual(
        expect.objectContaining({ actorId: h.school.mentor, subjectStudentId: student, what: "myStudents" }),
      );
    }
  });
});

describe("one-click Action Card", () => {
  it("assigns the suggested card, stores the case, shows it in the list at once and enqueues the owner's notification", async () => {
    const student = h.school.students[1] ?? "";
    const response = await h.call("POST", `/api/v1/students/${student}/cases`, { as: h.school.mentor });
    expect(response.status).toBe(201);
    const body = (await response.json()) as {
      created: boolean;
      case: { caseId: string; cardId: string; ownerId: string; status: string; dueDate: string };
    };
    expect(body).toMatchObject({
      created: true,
      case: { cardId: "belonging-loneliness", ownerId: h.school.mentor, status: "open" },
    });
    expect(body.case.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const stored = await h.app.stores.cases.listStudent(h.school.tenantId, student);
    expect(stored).toEqual([
      expect.objectContaining({ caseId: body.case.caseId, assignedBy: h.school.mentor, ownerId: h.school.mentor }),
    ]);
    const row = (await myStudents()).find((r) => r.studentId === student);
    expect(row?.openCase).toMatchObject({ caseId: body.case.caseId, cardId: "belonging-loneliness", status: "open" });

    const jobs = await h.app.drainNotifications();
    expect(jobs).toEqual([
      {
        kind: "caseAssigned",
        key: `caseAssigned:${body.case.caseId}`,
        tenantId: h.school.tenantId,
        studentId: student,
        caseId: body.case.caseId,
        ownerId: h.school.mentor,
      },
    ]);
  });

  it("a second click on the same card returns the open case instead of making another", async () => {
    const student = h.school.students[1] ?? "";
    const again = await h.call("POST", `/api/v1/students/${student}/cases`, { as: h.school.mentor, body: {} });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { created: boolean }).created).toBe(false);
    expect(await h.app.stores.cases.listStudent(h.school.tenantId, student)).toHaveLength(1);
    expect(await h.app.drainNotifications()).toEqual([]);
  });

  it("can pick another card and hand the case to another of the student's support staff", async () => {
    const student = h.school.students[0] ?? "";
    const response = await h.call("POST", `/api/v1/students/${student}/cases`, {
      as: h.school.mentor,
      body: { cardId: "stress-workload", ownerId: h.school.counsellor },
    });
    expect(response.status).toBe(201);
    expect(((await response.json()) as { case: { ownerId: string; cardId: string } }).case).toMatchObject({
      ownerId: h.school.counsellor,
      cardId: "stress-workload",
    });
    const jobs = await h.app.drainNotifications();
    expect(jobs).toEqual([
      expect.objectContaining({ kind: "caseAssigned", ownerId: h.school.counsellor, studentId: student }),
    ]);
  });

  it.each([
    ["an unknown card", { cardId: "no-such-card" }],
    ["an owner with no relation to the student", { ownerId: "a1b2c3" }],
    ["an unknown field", { cardId: "general-wellbeing", studentId: "someone-else" }],
    ["a wrongly typed field", { cardId: 42 }],
    ["an id with unsafe characters", { cardId: "../../etc" }],
    ["a body that is not an object", [1, 2, 3]],
  ])("refuses %s with 400 and changes nothing", async (_name, body) => {
    const student = h.school.students[2] ?? "";
    const response = await h.call("POST", `/api/v1/students/${student}/cases`, { as: h.school.mentor, body });
    expect(response.status).toBe(400);
    const error = ((await response.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe("badRequest");
    expect(error.message.length).toBeGreaterThan(5);
    expect(await h.app.stores.cases.listStudent(h.school.tenantId, student)).toEqual([]);
    expect(await h.app.drainNotifications()).toEqual([]);
  });

  it("refuses malformed JSON with a JSON 400", async () => {
    const student = h.school.students[2] ?? "";
    const response = await h.call("POST", `/api/v1/students/${student}/cases`, {
      as: h.school.mentor,
      body: "{not json",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "badRequest", message: expect.any(String) } });
  });
});

describe("Action Card library", () => {
  it("lists the built-in cards in the requested language", async () => {
    const response = await h.call("GET", "/api/v1/action-cards?locale=sv", { as: h.school.mentor });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      locale: string;
      cards: Array<{ cardId: string; title: string; steps: string[] }>;
    };
    expect(body.locale).toBe("sv");
    expect(body.cards.length).toBeGreaterThanOrEqual(6);
    for (const card of body.cards) expect(card.steps.length).toBeGreaterThanOrEqual(3);
  });
});
