import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Mentorship } from "../../../src/domain/school/school.js";
import { CORE_QUESTIONS } from "../../../src/domain/survey/question-bank.js";
import type { Round } from "../../../src/domain/survey/round.js";
import { sendDailyDigests } from "../../../src/use-cases/send-daily-digests.js";
import { startTestApp, type TestApp } from "../../support/start-test-app.js";
import { person, team } from "../../support/teams-activities.js";
import { answerData, cardIn, cardsSentTo, cardText, executeActions, invokeCard } from "../bot/card-helpers.js";

/**
 * Issue 5 through real HTTP with the fake Bot Connector: a help request reaches mentor and counsellor at once; a
 * severity-2 low score waits for the digest hour and is listed once; acknowledging tells the student once that
 * their request was seen; a snoozed student is left out of the digest.
 */
let t: TestApp;
const mentor = person("Ida Lærer");
const counsellor = person("Maja Vejleder", "sv-SE");
const asker = person("Noah Berg", "da-DK");
const low = person("Freja Holm");
const snoozed = person("Emma Lund");
const classTeam = team("GF2 B");
let round: Round;
/** 15:05 in Copenhagen (CET, UTC+1): inside the default digest hour. */
const DIGEST_TIME = new Date("2030-03-04T14:05:00Z");

const chatOf = (who: typeof mentor) => t.connector.personalConversationId(who.teamsUserId);
const cardsTo = (who: typeof mentor) => cardsSentTo(t.connector.calls, chatOf(who));
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_000)); // long enough for a stray card to show

async function answer(who: typeof mentor, values: Record<string, string>, help?: { target: string }) {
  const response = await t.post(
    t.activities.invoke(who, "survey.answer", answerData(round.roundId, round.classId, values, help)),
  );
  expect(response.status).toBe(200);
}

beforeAll(async () => {
  t = await startTestApp();
  t.setRoster(classTeam, [{ person: mentor }, { person: asker }, { person: low }, { person: snoozed }]);
  expect((await t.post(t.activities.installInTeam(classTeam, mentor))).status).toBe(200);
  expect((await t.post(t.activities.personalInstall(counsellor))).status).toBe(200);
  const link = (staff: typeof mentor, student: typeof mentor, role: Mentorship["role"]): Mentorship => ({
    tenantId: t.tenantId,
    mentorId: staff.userId,
    studentId: student.userId,
    role,
    studentName: student.name,
    mentorName: staff.name,
    classId: classTeam.classId,
  });
  for (const student of [asker, low, snoozed]) await t.app.stores.mentorships.save(link(mentor, student, "mentor"));
  await t.app.stores.mentorships.save(link(counsellor, asker, "counsellor"));
  const now = Date.now();
  round = {
    tenantId: t.tenantId,
    classId: classTeam.classId,
    roundId: "round-issue5",
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

describe("mentor notifications", () => {
  it("a help request sends one card at once to the mentor and to the counsellor the student chose", async () => {
    await answer(asker, { "mood-week": "3", "belonging-class": "4", "energy-week": "3" }, { target: "counsellor" });
    const counsellorChat = (await t.app.stores.conversations.get(t.tenantId, counsellor.userId))!.conversationId;
    await t.connector.waitFor(() => (cardsTo(mentor).length >= 1 ? true : undefined), "the mentor's alert");
    await t.connector.waitFor(
      () => (cardsSentTo(t.connector.calls, counsellorChat).length >= 1 ? true : undefined),
      "the counsellor's alert",
    );
    expect(cardText(cardIn(cardsTo(mentor)[0]))).toContain("Noah Berg");
    expect(cardsTo(mentor)[0]?.summary).toBe("A student in GF2 B needs your attention");
  });

  it("a low score at severity 2 sends nothing at once", async () => {
    await answer(low, { "mood-week": "1", "belonging-class": "2", "energy-week": "2" });
    await answer(snoozed, { "mood-week": "1", "belonging-class": "2", "energy-week": "2" });
    expect((await t.app.stores.flags.listStudent(t.tenantId, low.userId))[0]?.severity).toBe(2);
    await settle();
    expect(cardsTo(mentor)).toHaveLength(1); // still only the help request
  });

  it("a snoozed student is left out; the digest at the hour lists the low score once, however often it runs", async () => {
    const snooze = await t.post(
      t.activities.invoke(mentor, "flag.snooze", { studentId: snoozed.userId, snoozeDays: "7" }),
    );
    expect(cardText(invokeCard(snooze.body))).toContain("7");
    await sendDailyDigests(t.app, { now: new Date(DIGEST_TIME.getTime() - 3_600_000), tenantIds: [t.tenantId] });
    await settle();
    expect(cardsTo(mentor)).toHaveLength(1); // 14:05 local: not the digest hour yet
    for (let minute = 0; minute < 3; minute++) {
      await sendDailyDigests(t.app, {
        now: new Date(DIGEST_TIME.getTime() + minute * 60_000),
        tenantIds: [t.tenantId],
      });
    }
    await t.connector.waitFor(() => (cardsTo(mentor).length >= 2 ? true : undefined), "the digest");
    await settle();
    const cards = cardsTo(mentor);
    expect(cards).toHaveLength(2);
    const digest = cards[1];
    expect(digest?.summary).toBe("Your daily Trivsel summary is ready");
    const text = cardText(cardIn(digest));
    expect(text.split("Freja Holm").length - 1).toBe(1);
    expect(text).not.toContain("Emma Lund");
    expect(text).not.toContain("Noah Berg"); // already told at once: never repeated
    // Done with: nothing is carried into tomorrow's digest (the snoozed flag stays visible in the tab).
    expect(await t.app.stores.digests.listPending(t.tenantId)).toEqual([]);
  });

  it("acknowledging the help request from the card tells the student once, in their language, that it was seen", async () => {
    const alert = cardsTo(mentor)[0];
    const acknowledge = executeActions(cardIn(alert)).find((a) => a.verb === "flag.acknowledge");
    expect(acknowledge?.data.studentId).toBe(asker.userId);
    for (let i = 0; i < 2; i++) {
      const response = await t.post(t.activities.invoke(mentor, acknowledge!.verb, acknowledge!.data));
      expect(cardText(invokeCard(response.body))).toContain("Marked as seen");
    }
    await t.connector.waitFor(() => (cardsTo(asker).length >= 1 ? true : undefined), "the seen message");
    await settle();
    expect(cardsTo(asker)).toHaveLength(1);
    expect(cardsTo(asker)[0]?.summary).toBe("En besked fra Trivsel");
    expect(cardText(cardIn(cardsTo(asker)[0]))).toContain("Din henvendelse er set");
    const flag = (await t.app.stores.flags.listStudent(t.tenantId, asker.userId))[0];
    expect(flag?.status).toBe("acknowledged");
  });

  it("someone who is not the student's mentor cannot acknowledge or snooze, and nothing changes", async () => {
    const stranger = person("Ulla Fremmed");
    const response = await t.post(
      t.activities.invoke(stranger, "flag.snooze", { studentId: low.userId, snoozeDays: "7" }),
    );
    expect(cardText(invokeCard(response.body))).not.toContain("7 days");
    expect(await t.app.stores.snoozes.get(t.tenantId, stranger.userId, low.userId)).toBeUndefined();
  });
});
