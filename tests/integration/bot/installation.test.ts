import { waitForDeliveries } from "../dispatch/wait-for-deliveries.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../support/start-test-app.js";
import { fixture, person, team } from "../../support/teams-activities.js";
import { cardsSentTo } from "./card-helpers.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.stop();
});

describe("installation lifecycle", () => {
  it("the bot added by conversationUpdate stores the class; a user added to the team becomes a student", async () => {
    const teacher = person("Karin Lærer");
    const first = person("Oskar Elev");
    const late = person("Sofie Elev");
    const classTeam = team("GF1 D");
    t.setRoster(classTeam, [{ person: teacher }, { person: first }]);
    const added = t.activities.installInTeam(classTeam, teacher);
    // Same team and people, in the conversationUpdate botAdded shape (teams-conversationUpdate-botAdded-team.json).
    const botAdded = { ...fixture("teams-conversationUpdate-botAdded-team"), ...pick(added) };
    expect((await t.post(botAdded)).status).toBe(200);
    expect(await t.app.stores.classes.get(t.tenantId, classTeam.classId)).toMatchObject({ installed: true });

    t.setRoster(classTeam, [{ person: teacher }, { person: first }, { person: late }]);
    await t.post(t.activities.membersAdded(classTeam, [late], teacher));
    expect(await t.app.stores.members.get(t.tenantId, classTeam.classId, late.userId)).toMatchObject({
      role: "student",
      name: "Sofie Elev",
      teamsUserId: late.teamsUserId,
    });
  });

  it("tolerates the sparse 2017 botAdded shape: no group id, tenant only in channelData", async () => {
    const teacher = person("Bo Lærer");
    const legacy = fixture("teams-conversationUpdate-botAdded-team-legacy2017");
    const teamId = String((legacy.channelData as { team: { id: string } }).team.id);
    t.connector.setRoster(teamId, [{ id: teacher.teamsUserId, name: teacher.name, aadObjectId: teacher.userId }]);
    legacy.serviceUrl = t.connector.serviceUrl;
    legacy.from = { id: teacher.teamsUserId, aadObjectId: teacher.userId };
    legacy.channelData = { ...legacy.channelData, tenant: { id: t.tenantId } };
    expect((await t.post(legacy)).status).toBe(200);
    expect(await t.app.stores.classes.get(t.tenantId, teamId)).toMatchObject({ teamId, installed: true });
  });

  it("after removal from a team nothing is sent there, and a re-install keeps stored teachers", async () => {
    const teacher = person("Ane Lærer");
    const coTeacher = person("Per Lærer");
    const student = person("Ella Elev");
    const classTeam = team("GF2 E");
    t.setRoster(classTeam, [{ person: teacher }, { person: coTeacher }, { person: student }]);
    await t.post(t.activities.installInTeam(classTeam, teacher));
    await t.post(t.activities.removeFromTeam(classTeam, teacher));
    expect(await t.app.stores.classes.get(t.tenantId, classTeam.classId)).toMatchObject({ installed: false });

    await t.post(t.activities.channelMessage(classTeam, teacher, "check in"));
    expect(cardsSentTo(t.connector.calls, classTeam.teamId)).toEqual([]);
    const reply = t.connector.callsTo("replyToActivity").at(-1)?.body as { text?: string };
    expect(reply.text).toMatch(/I don't know this class yet/);

    // Re-added by the co-teacher: the M365 Agents Playground reports everyone as "user", so roles come from us.
    await t.post(t.activities.installInTeam(classTeam, coTeacher));
    const roles = (await t.app.stores.members.list(t.tenantId, classTeam.classId)).map((m) => [m.name, m.role]);
    expect(Object.fromEntries(roles)).toEqual({
      "Ane Lærer": "teacher",
      "Per Lærer": "teacher",
      "Ella Elev": "student",
    });
  });

  it("a user who removed the app personally is skipped by a check-in (delivery: not installed)", async () => {
    const teacher = person("Jens Lærer");
    const student = person("Alma Elev");
    const classTeam = team("GF1 F");
    t.setRoster(classTeam, [{ person: teacher }, { person: student }]);
    await t.post(t.activities.installInTeam(classTeam, teacher));
    await t.post(t.activities.personalInstall(student));
    const removal = { ...t.activities.personalInstall(student), type: "installationUpdate", action: "remove" };
    await t.post(removal);
    expect(await t.app.stores.conversations.get(t.tenantId, student.userId)).toMatchObject({ installed: false });

    await t.post(t.activities.channelMessage(classTeam, teacher, "check in"));
    const [round] = await t.app.stores.rounds.latest(t.tenantId, classTeam.classId, 1);
    await waitForDeliveries(t.app.stores, t.tenantId, round!.roundId, 2); // the survey-send worker decides
    const delivery = await t.app.stores.deliveries.get(t.tenantId, round!.roundId, student.userId);
    expect(delivery?.status).toBe("notInstalled");
    const chat = t.connector.personalConversationId(student.teamsUserId);
    expect(cardsSentTo(t.connector.calls, chat)).toEqual([]);
  });
});

/** The addressing fields of a built activity, to graft onto another fixture shape. */
function pick(a: Record<string, unknown>) {
  const { id, serviceUrl, from, conversation, channelData, locale } = a;
  const channel = channelData as Record<string, unknown>;
  return { id, serviceUrl, from, conversation, locale, channelData: { ...channel, eventType: "teamMemberAdded" } };
}
