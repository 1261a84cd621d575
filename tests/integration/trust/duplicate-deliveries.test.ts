import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Mentorship } from "../../../src/domain/school/school.js";
import { CORE_QUESTIONS } from "../../../src/domain/survey/question-bank.js";
import type { Round } from "../../../src/domain/survey/round.js";
import { startTestApp, type TestApp } from "../../support/start-test-app.js";
import { person, team, type TeamsPerson } from "../../support/teams-activities.js";
import { answerData, cardIn, cardsSentTo, cardText } from "../bot/card-helpers.js";

/**
 * Issue 7, "the same activity delivered many times, sequentially or concurrently, counts once and notifies once".
 * Teams re-sends an invoke it got no reply to within 15 s (DESIGN §5), and a network may repeat a request. For random
 * schedules of copies of one help-request answer (the same activity id and payload: bursts sent at once, bursts one
 * after another), through real HTTP: one answer row and one history row, one help-request reason on one flag, and in
 * the end exactly one alert card at the mentor's chat for that student.
 */
const RUNS = 20;
let t: TestApp;
let round: Round;
const mentor = person("Ida Lærer");
const students = Array.from({ length: RUNS }, (_, i) => person(`Dublet Elev ${String(i).padStart(2, "0")}`));
const classTeam = team("GF2 Dubletter");
let next = 0;

/** Bursts sent one after another (with a pause of 0-40 ms); the copies in a burst are sent at the same time. */
const schedule = fc.array(
  fc.record({ copies: fc.integer({ min: 1, max: 5 }), pauseMs: fc.integer({ min: 0, max: 40 }) }),
  {
    minLength: 1,
    maxLength: 4,
  },
);
const scale = fc.integer({ min: 1, max: 5 }).map(String);
const values = fc.record({ "mood-week": scale, "belonging-class": scale, "energy-week": scale });

const alertsFor = (student: TeamsPerson) =>
  cardsSentTo(t.connector.calls, t.connector.personalConversationId(mentor.teamsUserId)).filter((card) =>
    cardText(cardIn(card)).includes(student.name),
  );

beforeAll(async () => {
  t = await startTestApp();
  t.setRoster(classTeam, [{ person: mentor }, ...students.map((s) => ({ person: s }))]);
  expect((await t.post(t.activities.installInTeam(classTeam, mentor))).status).toBe(200);
  for (const student of students) {
    const link: Mentorship = {
      tenantId: t.tenantId,
      mentorId: mentor.userId,
      studentId: student.userId,
      role: "mentor",
      studentName: student.name,
      mentorName: mentor.name,
      classId: classTeam.classId,
    };
    await t.app.stores.mentorships.save(link);
  }
  const now = Date.now();
  round = {
    tenantId: t.tenantId,
    classId: classTeam.classId,
    roundId: "round-duplicates",
    questions: CORE_QUESTIONS,
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 48 * 3_600_000).toISOString(),
    status: "open",
    delivery: "personal",
    origin: "manual:test",
  };
  await t.app.stores.rounds.create(round);
}, 60_000);

afterAll(async () => {
  await t?.stop();
});

describe("duplicate deliveries", () => {
  it("any schedule of copies of one help request stores one answer, one reason, and alerts the mentor once", async () => {
    const used: TeamsPerson[] = [];
    await fc.assert(
      fc.asyncProperty(schedule, values, async (bursts, answer) => {
        const student = students[next++]!;
        used.push(student);
        // One activity, as Teams would re-send it: the same id and the same payload every time.
        const activity = t.activities.invoke(
          student,
          "survey.answer",
          answerData(round.roundId, round.classId, answer, { target: "mentor" }),
        );
        for (const burst of bursts) {
          const responses = await Promise.all(Array.from({ length: burst.copies }, () => t.post(activity)));
          for (const response of responses) expect(response.status).toBe(200);
          await new Promise((resolve) => setTimeout(resolve, burst.pauseMs));
        }
        expect(await t.app.stores.answers.listRound(t.tenantId, round.roundId)).toHaveLength(used.length);
        const history = await t.app.stores.answers.history(t.tenantId, student.userId, 10);
        expect(history).toHaveLength(1);
        const flags = await t.app.stores.flags.listStudent(t.tenantId, student.userId);
        expect(flags).toHaveLength(1);
        const reasons = flags[0]!.reasons.map((r) => `${r.kind}:${r.dimension ?? ""}`);
        expect(reasons.filter((reason) => reason.startsWith("helpRequest:"))).toHaveLength(1);
        expect(new Set(reasons).size).toBe(reasons.length); // no reason counted twice
      }),
      // Each run needs a fresh student, so a failure is reported as found rather than shrunk over spent students.
      { numRuns: RUNS, endOnFailure: true },
    );
    // The notification worker sends from a queue: wait for every alert, then long enough for a duplicate to show.
    for (const student of used)
      await t.connector.waitFor(() => (alertsFor(student).length ? true : undefined), "an alert");
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    for (const student of used) expect(alertsFor(student), student.name).toHaveLength(1);
  }, 120_000);
});
