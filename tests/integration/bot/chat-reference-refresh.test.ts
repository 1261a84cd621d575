import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { waitForDeliveries } from "../dispatch/wait-for-deliveries.js";
import { startStorageRequestLog, type StorageRequestLog } from "../../support/storage-request-log.js";
import { startTestApp, type TestApp } from "../../support/start-test-app.js";
import { person, team } from "../../support/teams-activities.js";
import { cardIn, cardsSentTo, executeActions } from "./card-helpers.js";

/**
 * A 1:1 survey card carries the fingerprint of the chat reference it was sent to. An answer from that same chat
 * skips the reference refresh (one storage read less per answer); an answer from a chat whose reference changed
 * (here: the student switched Teams to Finnish) still refreshes it. A chat the bot created itself stores a guessed
 * language, so there the first answer refreshes and later cards carry the corrected reference's fingerprint.
 * Storage requests are counted at a loopback
 * proxy in front of the test Azurite.
 */
let log: StorageRequestLog;
let t: TestApp;
const teacher = person("Ida Lærer", "da-DK");
const freja = person("Freja Holm", "da-DK");
const noah = person("Noah Berg", "sv-SE");
const classTeam = team("GF1 B");
let roundId = "";

beforeAll(async () => {
  log = await startStorageRequestLog(inject("storageConnectionString"));
  t = await startTestApp({ storageConnectionString: log.connectionString });
  t.setRoster(classTeam, [{ person: teacher }, { person: freja }, { person: noah }]);
  expect((await t.post(t.activities.installInTeam(classTeam, teacher))).status).toBe(200);
  // Both students installed Trivsel personally, so the survey goes to chats whose reference is exactly theirs.
  for (const student of [freja, noah]) expect((await t.post(t.activities.personalInstall(student))).status).toBe(200);
  await t.post(t.activities.channelMessage(classTeam, teacher, "tjek ind"));
  const [round] = await t.app.stores.rounds.latest(t.tenantId, classTeam.classId, 5);
  roundId = round!.roundId;
  await waitForDeliveries(t.app.stores, t.tenantId, roundId, 3);
});
afterAll(async () => {
  await t?.stop();
  await log?.close();
});

/** The answer button's data on the survey card the student got in their 1:1 chat. */
function personalAnswerData(student: typeof freja): Record<string, unknown> {
  const [sent] = cardsSentTo(t.connector.calls, t.connector.personalConversationId(student.teamsUserId));
  const answer = executeActions(cardIn(sent)).find((a) => a.verb === "survey.answer");
  return answer!.data as Record<string, unknown>;
}

const VALUES = { "q.mood-week": "4", "q.belonging-class": "4", "q.energy-week": "3" };

describe("1:1 chat reference refresh on answers", () => {
  it("the 1:1 card names the round and a fingerprint of the chat it went to; the channel post names none", () => {
    const data = personalAnswerData(freja);
    expect(data).toMatchObject({ roundId, classId: classTeam.classId });
    expect(data.chat).toEqual(expect.any(String));
    expect(data.chat).not.toEqual(personalAnswerData(noah).chat);
    const [post] = cardsSentTo(t.connector.calls, classTeam.teamId);
    expect(executeActions(cardIn(post)).every((a) => a.data.chat === undefined)).toBe(true);
  });

  it("an answer from the unchanged chat stores the answer without reading or writing the chat reference", async () => {
    const before = await t.app.stores.conversations.get(t.tenantId, freja.userId);
    log.clear();
    const response = await t.post(
      t.activities.invoke(freja, "survey.answer", { ...personalAnswerData(freja), ...VALUES }),
    );
    expect(response.status).toBe(200);
    expect(log.requests.filter((r) => r.table === "conversations")).toEqual([]);
    expect((await t.app.stores.answers.get(t.tenantId, roundId, freja.userId))?.values).toEqual({
      "mood-week": 4,
      "belonging-class": 4,
      "energy-week": 3,
    });
    expect(await t.app.stores.conversations.get(t.tenantId, freja.userId)).toEqual(before);
  });

  it("an answer from a chat whose reference changed (new Teams language) refreshes the stored reference", async () => {
    const finnishNoah = { ...noah, locale: "fi-FI" };
    log.clear();
    const data = { ...personalAnswerData(noah), ...VALUES };
    const response = await t.post(t.activities.invoke(finnishNoah, "survey.answer", data));
    expect(response.status).toBe(200);
    expect(log.requests.some((r) => r.table === "conversations" && r.kind === "point")).toBe(true);
    expect((await t.app.stores.conversations.get(t.tenantId, noah.userId))?.locale).toBe("fi-FI");
  });

  it("a forged fingerprint in another student's card data stores the answer as the sender's and leaves the other's chat alone", async () => {
    const forged = { ...personalAnswerData(noah), ...VALUES, chat: "forged.value" };
    const response = await t.post(t.activities.invoke(freja, "survey.answer", forged));
    expect(response.status).toBe(200);
    // Noah's card data, sent by Freja: the round is her class's too, so her answer is stored as hers alone.
    expect((await t.app.stores.answers.get(t.tenantId, roundId, freja.userId))?.studentId).toBe(freja.userId);
    expect((await t.app.stores.conversations.get(t.tenantId, noah.userId))?.locale).toBe("fi-FI");
  });
});
