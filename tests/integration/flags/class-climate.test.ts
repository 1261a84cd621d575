import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Mentorship } from "../../../src/domain/school/school.js";
import { CORE_QUESTIONS } from "../../../src/domain/survey/question-bank.js";
import type { Round } from "../../../src/domain/survey/round.js";
import { closeExpiredRounds } from "../../../src/use-cases/close-expired-rounds.js";
import { startTestApp, type TestApp } from "../../support/start-test-app.js";
import { person, team } from "../../support/teams-activities.js";
import { answerData, cardIn, cardsSentTo, cardText } from "../bot/card-helpers.js";

/**
 * Issue 5, class climate, through real HTTP with the fake Bot Connector: students answer four check-ins through
 * POST /api/messages; when the class's belonging falls against its own baseline, the scheduler's close stores one
 * class flag and each teacher of the class (not a mentor, not a student) gets one card that names nobody.
 */
let t: TestApp;
const teacher = person("Ida Lærer", "da-DK");
const coTeacher = person("Bo Medlærer"); // a second team owner
const counsellor = person("Maja Vejleder", "sv-SE"); // mentors a student of the class, teaches nothing
const students = ["Freja Holm", "Noah Berg", "Emma Lund", "Oskar Dahl", "Alma Krog", "Liam Vest"].map((n) => person(n));
const classTeam = team("GF2 C");
const HOUR = 3_600_000;
const start = Date.now();

const chatOf = (who: typeof teacher) => t.connector.personalConversationId(who.teamsUserId);
const cardsTo = (who: typeof teacher) => cardsSentTo(t.connector.calls, chatOf(who));
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_000)); // long enough for a stray card to show

/** Opens round `week`, has `who` answer it through the bot endpoint, then closes it as the scheduler's tick does. */
async function week(n: number, who: typeof students, belonging: string) {
  const round: Round = {
    tenantId: t.tenantId,
    classId: classTeam.classId,
    roundId: `climate-w${n}`,
    questions: CORE_QUESTIONS,
    opensAt: new Date(start - (10 - n) * 60_000).toISOString(),
    closesAt: new Date(start + HOUR).toISOString(),
    status: "open",
    delivery: "personal",
    origin: "manual:test",
  };
  await t.app.stores.rounds.create(round);
  for (const s of who) {
    const values = { "mood-week": "4", "belonging-class": belonging, "energy-week": "4" };
    const response = await t.post(
      t.activities.invoke(s, "survey.answer", answerData(round.roundId, round.classId, values)),
    );
    expect(response.status).toBe(200);
  }
  const later = { now: () => new Date(start + 2 * HOUR) };
  await closeExpiredRounds({ ...t.app, clock: later, ids: { next: randomUUID } }, { tenantIds: [t.tenantId] });
}

beforeAll(async () => {
  t = await startTestApp();
  t.setRoster(classTeam, [
    { person: teacher },
    { person: coTeacher, userRole: "owner" },
    ...students.map((s) => ({ person: s })),
  ]);
  expect((await t.post(t.activities.installInTeam(classTeam, teacher))).status).toBe(200);
  expect((await t.post(t.activities.personalInstall(counsellor))).status).toBe(200);
  expect((await t.post(t.activities.personalInstall(teacher))).status).toBe(200); // her 1:1 chat is in Danish
  const link: Mentorship = {
    tenantId: t.tenantId,
    mentorId: counsellor.userId,
    studentId: students[0]!.userId,
    role: "counsellor",
    studentName: students[0]!.name,
    mentorName: counsellor.name,
    classId: classTeam.classId,
  };
  await t.app.stores.mentorships.save(link);
});
afterAll(async () => {
  await t?.stop();
});

describe("class climate falling", () => {
  it("three steady check-ins raise nothing", async () => {
    for (const n of [1, 2, 3]) await week(n, students, "4");
    expect(await t.app.stores.classFlags.listClass(t.tenantId, classTeam.classId)).toEqual([]);
  });

  it("a fall stores one open class flag and sends each teacher one card that names no student", async () => {
    await week(4, students, "2");
    const flags = await t.app.stores.classFlags.listClass(t.tenantId, classTeam.classId);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ status: "open", signals: [{ dimension: "belonging", value: 2, baseline: 4 }] });

    await t.connector.waitFor(() => (cardsTo(teacher).length >= 1 ? true : undefined), "the teacher's card");
    await t.connector.waitFor(() => (cardsTo(coTeacher).length >= 1 ? true : undefined), "the co-teacher's card");
    const toTeacher = cardsTo(teacher)[0];
    expect(toTeacher?.summary).toBe("En besked om klassens trivsel i GF2 C"); // the teacher's own language
    expect(cardsTo(coTeacher)[0]?.summary).toBe("A note on the class climate in GF2 C");
    const text = cardText(cardIn(cardsTo(coTeacher)[0]));
    expect(text).toContain("the class averaged 2 of 5, 2 below its usual level (6 answered)");
    for (const card of [toTeacher, cardsTo(coTeacher)[0]]) {
      const all = JSON.stringify(card);
      for (const s of students) {
        expect(all).not.toContain(s.name);
        expect(all).not.toContain(s.userId);
      }
      expect(String(card?.summary)).not.toMatch(/ of 5| af 5|belonging|fællesskab/); // the preview: no scores
    }
  });

  it("is never repeated, and never reaches a mentor who is not a teacher of the class, nor a student", async () => {
    const later = { now: () => new Date(start + 3 * HOUR) };
    await closeExpiredRounds({ ...t.app, clock: later, ids: { next: randomUUID } }, { tenantIds: [t.tenantId] });
    await week(5, students, "2"); // still low: joins the open flag quietly
    await settle();
    expect(cardsTo(teacher)).toHaveLength(1);
    expect(cardsTo(coTeacher)).toHaveLength(1);
    const counsellorChat = (await t.app.stores.conversations.get(t.tenantId, counsellor.userId))!.conversationId;
    expect(cardsSentTo(t.connector.calls, counsellorChat)).toEqual([]);
    // Every climate card sent anywhere went to one of the two teachers' chats.
    const climateChats = t.connector.calls
      .filter(
        (c) => c.route === "sendToConversation" && /class climate|klassens trivsel/.test(cardText(cardIn(c.body))),
      )
      .map((c) => c.conversationId);
    expect(climateChats.sort()).toEqual([chatOf(teacher), chatOf(coTeacher)].sort());
    expect(await t.app.stores.classFlags.listClass(t.tenantId, classTeam.classId)).toHaveLength(1);
  });

  it("a check-in with fewer than 5 answers says nothing; one with enough and no fall resolves the flag", async () => {
    await week(6, students.slice(0, 4), "5");
    expect((await t.app.stores.classFlags.listClass(t.tenantId, classTeam.classId))[0]?.status).toBe("open");
    await week(7, students, "4");
    expect((await t.app.stores.classFlags.listClass(t.tenantId, classTeam.classId))[0]?.status).toBe("resolved");
  });
});
