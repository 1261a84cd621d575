import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORE_QUESTIONS } from "../../../src/domain/survey/question-bank.js";
import type { Round } from "../../../src/domain/survey/round.js";
import { startTestApp, type TestApp } from "../../support/start-test-app.js";
import { person, team } from "../../support/teams-activities.js";
import { answerData, cardIn, cardsSentTo, cardText, executeActions, invokeCard } from "../bot/card-helpers.js";

/**
 * Issue 7, "nothing lost": storage fails half-way through a help request, after the answer and the flag are stored
 * but before the mentor's alert is queued. The student is told it was not saved (never a thank-you), presses "Try
 * again", and then gets the thank-you, and the mentor gets exactly one alert: the replay queues the urgent news again
 * under the first attempt's job key, and the worker sends a key once.
 */
let t: TestApp;
let round: Round;
const mentor = person("Ida Lærer");
const student = person("Sofie Hjælp", "da-DK");
const classTeam = team("GF2 Delvis");

const alerts = () =>
  cardsSentTo(t.connector.calls, t.connector.personalConversationId(mentor.teamsUserId)).filter((card) =>
    cardText(cardIn(card)).includes(student.name),
  );

beforeAll(async () => {
  t = await startTestApp();
  t.setRoster(classTeam, [{ person: mentor }, { person: student }]);
  expect((await t.post(t.activities.installInTeam(classTeam, mentor))).status).toBe(200);
  await t.app.stores.mentorships.save({
    tenantId: t.tenantId,
    mentorId: mentor.userId,
    studentId: student.userId,
    role: "mentor",
    studentName: student.name,
    mentorName: mentor.name,
    classId: classTeam.classId,
  });
  const now = Date.now();
  round = {
    tenantId: t.tenantId,
    classId: classTeam.classId,
    roundId: "round-partial",
    questions: CORE_QUESTIONS,
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 48 * 3_600_000).toISOString(),
    status: "open",
    delivery: "personal",
    origin: "manual:test",
  };
  await t.app.stores.rounds.create(round);
});
afterAll(async () => {
  await t?.stop();
});

describe("a help request when storage fails half-way", () => {
  it("is not confirmed, and after 'Try again' is confirmed and reaches the mentor exactly once", async () => {
    const queue = t.app.queues.notifications;
    const enqueue = queue.enqueue.bind(queue);
    let failures = 1;
    queue.enqueue = async (job) => {
      if (failures-- > 0) throw Object.assign(new Error("queue unreachable"), { code: "ECONNREFUSED" });
      return enqueue(job);
    };
    const values = { "mood-week": "2", "belonging-class": "3", "energy-week": "2" };
    const first = invokeCard(
      (
        await t.post(
          t.activities.invoke(
            student,
            "survey.answer",
            answerData(round.roundId, round.classId, values, { target: "mentor" }),
          ),
        )
      ).body,
    );
    expect(cardText(first)).toContain("Vi kunne ikke gemme dit svar");
    expect(failures).toBe(0); // the failure struck after the flag was stored
    expect(await t.app.stores.flags.listStudent(t.tenantId, student.userId)).toHaveLength(1);

    const retry = executeActions(first).find((a) => a.verb === "survey.answer")!;
    const second = invokeCard((await t.post(t.activities.invoke(student, retry.verb, retry.data))).body);
    expect(cardText(second)).toContain("Tak");

    await t.connector.waitFor(() => (alerts().length ? true : undefined), "the mentor's alert");
    // Teams re-sends the retry too; the mentor still hears once.
    await t.post(t.activities.invoke(student, retry.verb, retry.data));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(alerts()).toHaveLength(1);
  });
});
