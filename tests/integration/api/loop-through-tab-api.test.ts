import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Mentorship } from "../../../src/domain/school/school.js";
import { startFakeEntra, type FakeEntra } from "../../support/fake-entra.js";
import { startTestApp, type TestApp } from "../../support/start-test-app.js";
import { person, team } from "../../support/teams-activities.js";
import { answerData, cardsSentTo } from "../bot/card-helpers.js";

/**
 * Issue 2's loop with the tab's half through the real app (startTrivsel): the bot opens a check-in and takes
 * answers, then the mentor's tab API lists exactly the flagged students, one click assigns the suggested card,
 * and the case owner gets a bot card from the notification worker.
 */
const CLIENT_ID = "5a6b7c8d-1111-4222-8333-999988887777";
let t: TestApp;
let entra: FakeEntra;
const mentor = person("Ida Lærer", "da-DK");
const freja = person("Freja Holm");
const noah = person("Noah Berg");
const emma = person("Emma Lund");
const classTeam = team("GF1 A");

beforeAll(async () => {
  entra = await startFakeEntra();
  t = await startTestApp({ env: { AAD_APP_CLIENT_ID: CLIENT_ID, TEST_ENTRA_OPENID_URL: entra.metadataUrl } });
  t.setRoster(classTeam, [{ person: mentor }, { person: freja }, { person: noah }, { person: emma }]);
  for (const student of [freja, noah, emma]) {
    const mentorship: Mentorship = {
      tenantId: t.tenantId,
      mentorId: mentor.userId,
      studentId: student.userId,
      role: "mentor",
      studentName: student.name,
      mentorName: mentor.name,
      classId: classTeam.classId,
    };
    await t.app.stores.mentorships.save(mentorship);
  }
  await t.post(t.activities.installInTeam(classTeam, mentor));
  await t.post(t.activities.channelMessage(classTeam, mentor, "check in"));
  const [round] = await t.app.stores.rounds.latest(t.tenantId, classTeam.classId, 1);
  const answer = (who: typeof freja, values: Record<string, string>, help?: { target: string }) =>
    t.post(
      t.activities.invoke(who, "survey.answer", answerData(round?.roundId ?? "", classTeam.classId, values, help)),
    );
  await answer(freja, { "mood-week": "1", "belonging-class": "2", "energy-week": "2" });
  await answer(noah, { "mood-week": "4", "belonging-class": "3", "energy-week": "4" }, { target: "mentor" });
  await answer(emma, { "mood-week": "4", "belonging-class": "5", "energy-week": "4" });
});
afterAll(async () => {
  await t?.stop();
  await entra?.close();
});

const api = async (method: string, path: string) => {
  const token = await entra.mint({ tenantId: t.tenantId, userId: mentor.userId, audience: CLIENT_ID });
  return fetch(`${t.app.url}${path}`, { method, headers: { authorization: `Bearer ${token}` } });
};

describe("flag -> tab -> one-click Action Card -> owner notified", () => {
  it("the mentor's list shows the two flagged students first, the help request on top, then the calm one", async () => {
    const response = await api("GET", "/api/v1/my-students?locale=en");
    expect(response.status).toBe(200);
    const { students } = (await response.json()) as {
      students: Array<{ studentId: string; severity: number; reasons: Array<{ text: string }> }>;
    };
    expect(students.map((s) => s.studentId)).toEqual([noah.userId, freja.userId, emma.userId]);
    expect(students[0]?.severity).toBe(3);
    expect(students[0]?.reasons[0]?.text).toBe("asked to talk to someone (their mentor)");
    expect(students[1]?.severity).toBeGreaterThan(0);
    expect(students[2]?.severity).toBe(0);
  });

  it("one click assigns the suggested card: the case is stored, listed at once, and its owner gets a bot card", async () => {
    const response = await api("POST", `/api/v1/students/${freja.userId}/cases?locale=da`);
    expect(response.status).toBe(201);
    const { case: created } = (await response.json()) as { case: { caseId: string; cardTitle: string } };
    expect(await t.app.stores.cases.listStudent(t.tenantId, freja.userId)).toEqual([
      expect.objectContaining({ caseId: created.caseId, ownerId: mentor.userId, status: "open" }),
    ]);
    const list = (await (await api("GET", "/api/v1/my-students")).json()) as {
      students: Array<{ studentId: string; openCase?: { caseId: string } }>;
    };
    expect(list.students.find((s) => s.studentId === freja.userId)?.openCase?.caseId).toBe(created.caseId);

    const mentorChat = t.connector.personalConversationId(mentor.teamsUserId);
    await t.connector.waitFor(
      () =>
        cardsSentTo(t.connector.calls, mentorChat).find((a) =>
          /new Trivsel case|ny sag i Trivsel/.test(String(a.summary)),
        ),
      "the case-assigned card to the owner",
    );
  });
});
