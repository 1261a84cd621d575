import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RecordedCall } from "../../support/fake-bot-connector.js";
import { startTestApp, type TestApp } from "../../support/start-test-app.js";
import { person, team, type TeamsPerson, type TeamsTeam } from "../../support/teams-activities.js";
import { waitForDeliveries } from "../dispatch/wait-for-deliveries.js";
import { cardsSentTo } from "./card-helpers.js";

/** Connector failures during a check-in are recorded per recipient (DESIGN §5): nothing lost, nothing sent twice. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.stop();
});

async function classWith(name: string, teacher: TeamsPerson, students: TeamsPerson[]): Promise<TeamsTeam> {
  const classTeam = team(name);
  t.setRoster(classTeam, [{ person: teacher }, ...students.map((p) => ({ person: p }))]);
  await t.post(t.activities.installInTeam(classTeam, teacher));
  return classTeam;
}

async function checkIn(classTeam: TeamsTeam, teacher: TeamsPerson) {
  await t.post(t.activities.channelMessage(classTeam, teacher, "check in"));
  const [round] = await t.app.stores.rounds.latest(t.tenantId, classTeam.classId, 1);
  await waitForDeliveries(t.app.stores, t.tenantId, round!.roundId, 2); // the survey-send worker delivers them
  return round!;
}

describe("delivery failures during a check-in", () => {
  it("a student who blocked the bot (403) is recorded as blocked; the others still get the survey", async () => {
    const teacher = person("Lone Lærer");
    const blocked = person("Kim Elev");
    const reached = person("Mads Elev");
    const classTeam = await classWith("GF1 G", teacher, [blocked, reached]);
    const forBlocked = (call: RecordedCall) =>
      (call.body as { members?: Array<{ id: string }> }).members?.[0]?.id === blocked.teamsUserId;
    t.connector.failWhen("createConversation", forBlocked, {
      status: 403,
      body: {
        error: { code: "Forbidden", message: "Thread is blocked from message writes", subCode: "MessageWritesBlocked" },
      },
    });
    const round = await checkIn(classTeam, teacher);
    const deliveries = await t.app.stores.deliveries.listRound(t.tenantId, round.roundId);
    const byRecipient = Object.fromEntries(deliveries.map((d) => [d.recipientId, d.status]));
    expect(byRecipient).toEqual({ channel: "sent", [blocked.userId]: "blocked", [reached.userId]: "sent" });
  });

  it("a stale 1:1 conversation (404) is rebuilt once and the survey arrives in the new one", async () => {
    const teacher = person("Rikke Lærer");
    const student = person("Johan Elev");
    const classTeam = await classWith("GF1 H", teacher, [student]);
    await t.app.stores.conversations.save({
      tenantId: t.tenantId,
      userId: student.userId,
      teamsUserId: student.teamsUserId,
      serviceUrl: t.connector.serviceUrl,
      conversationId: "a:1stale-conversation",
      locale: "da-DK",
      installed: true,
    });
    const toStale = (call: RecordedCall) => call.conversationId === "a:1stale-conversation";
    t.connector.failWhen("sendToConversation", toStale, {
      status: 404,
      body: { error: { code: "ConversationNotFound", message: "Not found" } },
    });
    const round = await checkIn(classTeam, teacher);
    const fresh = t.connector.personalConversationId(student.teamsUserId);
    expect(await t.app.stores.deliveries.get(t.tenantId, round.roundId, student.userId)).toMatchObject({
      status: "sent",
    });
    expect(await t.app.stores.conversations.get(t.tenantId, student.userId)).toMatchObject({
      conversationId: fresh,
      locale: "da-DK",
    });
    const survey = cardsSentTo(t.connector.calls, fresh);
    expect(survey).toHaveLength(1);
    expect(String(survey[0]?.summary)).toBe("Hurtigt trivselstjek");
  });

  it("a replayed check-in message resumes the same round and sends nothing twice", async () => {
    const teacher = person("Hanne Lærer");
    const student = person("Victor Elev");
    const classTeam = await classWith("GF2 I", teacher, [student]);
    const message = t.activities.channelMessage(classTeam, teacher, "check in");
    await t.post(message);
    const [round] = await t.app.stores.rounds.latest(t.tenantId, classTeam.classId, 1);
    await waitForDeliveries(t.app.stores, t.tenantId, round!.roundId, 2);
    const sendsAfterFirst = t.connector.callsTo("sendToConversation").length;
    await t.post(message); // Teams re-sends an activity it got no answer to in time (DESIGN §5)
    expect(await t.app.stores.rounds.latest(t.tenantId, classTeam.classId, 5)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 500)); // a re-queued send would reach the fake by now
    expect(t.connector.callsTo("sendToConversation").length).toBe(sendsAfterFirst);
  });

  it("a second check-in while one is open is refused with its closing time", async () => {
    const teacher = person("Tove Lærer");
    const classTeam = await classWith("GF2 J", teacher, [person("Ali Elev")]);
    await checkIn(classTeam, teacher);
    await t.post(t.activities.channelMessage(classTeam, teacher, "check in now"));
    const reply = t.connector.callsTo("replyToActivity").at(-1)?.body as { text?: string };
    expect(reply.text).toMatch(/^A check-in is already open in this class\. It closes /);
    expect(await t.app.stores.rounds.latest(t.tenantId, classTeam.classId, 5)).toHaveLength(1);
  });
});
