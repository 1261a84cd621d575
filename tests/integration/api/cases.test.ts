import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiHarness, type ApiHarness } from "./api-harness.js";

let h: ApiHarness;
let student: string;
let caseId: string;
beforeAll(async () => {
  h = await startApiHarness();
  student = h.school.students[0] ?? "";
  const assigned = await h.call("POST", `/api/v1/students/${student}/cases`, { as: h.school.mentor });
  caseId = ((await assigned.json()) as { case: { caseId: string } }).case.caseId;
  await h.app.drainNotifications();
});
afterAll(() => h.stop());

interface Detail {
  etag: string;
  status: string;
  steps: Array<{ text: string; done: boolean }>;
  notes: Array<{ text: string; authorName: string }>;
  ownerId: string;
  outcome?: string;
  scoreBefore?: number;
  scoreAfter?: number;
  dueDate: string;
  followUpDate: string;
}
const path = (suffix = "") => `/api/v1/students/${student}/cases/${caseId}${suffix}`;
const read = async (as = h.school.mentor) => {
  const response = await h.call("GET", path("?locale=en"), { as });
  expect(response.status).toBe(200);
  return (await response.json()) as Detail;
};
const post = (suffix: string, body: unknown, as = h.school.mentor) => h.call("POST", path(suffix), { as, body });

describe("a case on the student page", () => {
  it("shows the card's checklist, dates, the score before and an etag", async () => {
    const detail = await read();
    expect(detail.steps.length).toBeGreaterThanOrEqual(3);
    expect(detail.steps.every((s) => !s.done)).toBe(true);
    expect(detail.scoreBefore).toEqual(expect.any(Number));
    expect(detail.followUpDate >= detail.dueDate).toBe(true);
    expect(detail.etag).not.toBe("");
  });

  it("ticking a step moves the case to in progress and returns a new etag", async () => {
    const before = await read();
    const response = await post("/update", { etag: before.etag, step: { index: 1, done: true } });
    expect(response.status).toBe(200);
    const after = (await response.json()) as Detail;
    expect(after.status).toBe("inProgress");
    expect(after.steps.map((s) => s.done)).toEqual(before.steps.map((_, i) => i === 1));
    expect(after.etag).not.toBe(before.etag);
  });

  it("refuses a change made on a stale screen with 409 and keeps the other person's change", async () => {
    const seen = await read();
    const first = await post("/update", { etag: seen.etag, step: { index: 0, done: true } }, h.school.counsellor);
    expect(first.status).toBe(200);
    const stale = await post("/update", { etag: seen.etag, step: { index: 0, done: false } });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe("conflict");
    expect((await read()).steps[0]?.done).toBe(true);
  });

  it("keeps staff-only notes with the author's name", async () => {
    const { etag } = await read();
    const response = await post("/notes", { etag, text: "  Talked after class; agreed to meet Friday.  " });
    expect(response.status).toBe(200);
    const detail = (await response.json()) as Detail;
    expect(detail.notes).toEqual([
      expect.objectContaining({ text: "Talked after class; agreed to meet Friday.", authorName: "Mads Mentor" }),
    ]);
  });

  it.each([
    ["an empty note", "/notes", { text: "   " }],
    ["a note that is too long", "/notes", { text: "x".repeat(1001) }],
    ["a step that is not on the card", "/update", { step: { index: 19, done: true } }],
    ["a follow-up before the due date", "/update", { dueDate: "2031-05-10", followUpDate: "2031-05-01" }],
    ["a date in another format", "/update", { dueDate: "10/05/2031" }],
    ["an unknown outcome", "/close", { outcome: "solved" }],
  ])("refuses %s with 400", async (_name, suffix, body) => {
    const { etag } = await read();
    const response = await post(suffix, { etag, ...body });
    expect(response.status).toBe(400);
    expect((await read()).etag).toBe(etag);
  });

  it("is invisible to the student's teacher and to a mentor of other students", async () => {
    for (const as of [h.school.teacher, h.school.otherMentor]) {
      expect((await h.call("GET", path(), { as })).status).toBe(404);
      const { etag } = await read();
      expect((await post("/notes", { etag, text: "hello" }, as)).status).toBe(404);
    }
  });

  it("hands the case to the counsellor, who gets a bot notification; strangers cannot own it", async () => {
    const { etag } = await read();
    const stranger = await post("/hand-over", { etag, ownerId: h.school.otherMentor });
    expect(stranger.status).toBe(400);
    const response = await post("/hand-over", { etag, ownerId: h.school.counsellor });
    expect(response.status).toBe(200);
    expect(((await response.json()) as Detail).ownerId).toBe(h.school.counsellor);
    expect(await h.app.drainNotifications()).toEqual([
      expect.objectContaining({ kind: "caseAssigned", caseId, studentId: student, ownerId: h.school.counsellor }),
    ]);
    expect((await h.app.stores.cases.listOwner(h.school.tenantId, h.school.counsellor)).map((c) => c.caseId)).toContain(
      caseId,
    );
  });

  it("closing records the outcome and the score after beside the score before; a closed case is read-only", async () => {
    const { etag } = await read();
    const response = await post("/close", { etag, outcome: "improved" });
    expect(response.status).toBe(200);
    const closed = (await response.json()) as Detail;
    expect(closed).toMatchObject({ status: "closed", outcome: "improved" });
    expect(closed.scoreAfter).toEqual(expect.any(Number));
    expect(closed.scoreBefore).toEqual(expect.any(Number));
    const again = await post("/update", { etag: closed.etag, step: { index: 2, done: true } });
    expect(again.status).toBe(409);
  });

  it("lists the student's support staff for hand-over, only to them", async () => {
    const response = await h.call("GET", `/api/v1/students/${student}/support-staff`, { as: h.school.mentor });
    expect(response.status).toBe(200);
    const { staff } = (await response.json()) as { staff: Array<{ userId: string; role: string }> };
    expect(staff.map((s) => s.userId).sort()).toEqual([h.school.mentor, h.school.counsellor].sort());
    expect((await h.call("GET", `/api/v1/students/${student}/support-staff`, { as: h.school.teacher })).status).toBe(
      404,
    );
  });
});
