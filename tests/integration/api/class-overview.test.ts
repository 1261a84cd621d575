import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORE_QUESTIONS } from "../../../src/domain/survey/question-bank.js";
import { startApiHarness, type ApiHarness } from "./api-harness.js";

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h.stop());

interface Round {
  roundId: string;
  status: string;
  respondents: number;
  questions: Array<{ mean: number | null; hidden: boolean; hiddenBecause?: string; hiddenReason?: string }>;
}

describe("the teacher's class view and differencing over time", () => {
  it("keeps an open round's means hidden even with six answers, and shows them once it has closed", async () => {
    const { tenantId, classId, students } = h.school;
    const now = new Date();
    const roundId = `round-open-${now.getTime()}`;
    await h.app.stores.rounds.create({
      tenantId,
      classId,
      roundId,
      questions: CORE_QUESTIONS,
      opensAt: now.toISOString(),
      closesAt: new Date(now.getTime() + 86_400_000).toISOString(),
      status: "open",
      delivery: "both",
      origin: "test",
    });
    for (const studentId of students) {
      await h.app.stores.answers.save(
        { tenantId, classId, roundId, studentId, answeredAt: now.toISOString(), values: { "mood-week": 4 } },
        now.toISOString(),
      );
    }
    const read = async () => {
      const response = await h.call("GET", `/api/v1/classes/${classId}/overview?locale=en`, { as: h.school.teacher });
      expect(response.status).toBe(200);
      return ((await response.json()) as { rounds: Round[] }).rounds.find((r) => r.roundId === roundId);
    };
    const open = await read();
    expect(open?.respondents).toBe(6);
    expect(open?.questions[0]).toMatchObject({
      mean: null,
      hidden: true,
      hiddenBecause: "roundOpen",
      hiddenReason: "Shown when the check-in closes",
    });

    await h.app.stores.rounds.close(tenantId, classId, roundId);
    const closed = await read();
    expect(closed?.questions[0]).toMatchObject({ mean: 4, hidden: false });
  });
});
