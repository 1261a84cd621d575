import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../support/start-test-app.js";
import { person, team } from "../../support/teams-activities.js";

/**
 * trust.md P10: the bot's token goes only to allow-listed Bot Connector hosts, matched exactly. A conversation
 * reference in storage that points anywhere else (a poisoned row, a forged install) is never used: a second
 * local server on another loopback address stands in for the attacker and must receive nothing.
 */
let t: TestApp;
let evil: Server;
let evilUrl = "";
const evilRequests: Array<{ url: string | undefined; authorization: string | undefined }> = [];

beforeAll(async () => {
  evil = createServer((req, res) => {
    evilRequests.push({ url: req.url, authorization: req.headers.authorization });
    res.writeHead(201, { "content-type": "application/json" }).end('{"id":"stolen"}');
  });
  // 127.0.0.2 is loopback but not an allow-listed host name (the app allows 127.0.0.1 and localhost locally).
  await new Promise<void>((resolve) => evil.listen(0, "127.0.0.2", resolve));
  evilUrl = `http://127.0.0.2:${(evil.address() as AddressInfo).port}/`;
  t = await startTestApp();
});
afterAll(async () => {
  await t?.stop();
  await new Promise<void>((resolve) => evil.close(() => resolve()));
});

async function waitForStatus(roundId: string, userId: string, wanted: string): Promise<string | undefined> {
  let status: string | undefined;
  for (let i = 0; i < 200 && status !== wanted; i++) {
    status = (await t.app.stores.deliveries.get(t.tenantId, roundId, userId))?.status;
    if (status !== wanted) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return status;
}

describe("the bot token stays with allow-listed connector hosts", () => {
  it("a check-in never sends to a student's or a class's stored reference that points elsewhere", async () => {
    const teacher = person("Lise Lærer");
    const poisoned = person("Pia Elev");
    const fine = person("Finn Elev");
    const classTeam = team("GF1 Z");
    t.setRoster(classTeam, [{ person: teacher }, { person: poisoned }, { person: fine }]);
    await t.post(t.activities.installInTeam(classTeam, teacher));
    await t.app.stores.conversations.save({
      tenantId: t.tenantId,
      userId: poisoned.userId,
      teamsUserId: poisoned.teamsUserId,
      serviceUrl: evilUrl,
      conversationId: "a:1poisoned",
      locale: "da-DK",
      installed: true,
    });
    await t.post(t.activities.channelMessage(classTeam, teacher, "check in"));
    const [round] = await t.app.stores.rounds.latest(t.tenantId, classTeam.classId, 1);
    expect(round).toBeDefined();
    // Sends may be queued (DESIGN §5): wait until the allowed student's survey went out.
    const delivered = await waitForStatus(round!.roundId, fine.userId, "sent");
    expect(delivered).toBe("sent");
    expect(evilRequests).toEqual([]);
    const refused = await t.app.stores.deliveries.get(t.tenantId, round!.roundId, poisoned.userId);
    expect(refused?.status).not.toBe("sent");
  });

  it("a class whose stored channel reference points elsewhere gets no post from a check-in", async () => {
    const teacher = person("Karl Lærer");
    const classTeam = team("GF2 Z");
    t.setRoster(classTeam, [{ person: teacher }, { person: person("Ulla Elev") }]);
    await t.post(t.activities.installInTeam(classTeam, teacher));
    const stored = await t.app.stores.classes.get(t.tenantId, classTeam.classId);
    await t.app.stores.classes.save({ ...stored!, serviceUrl: evilUrl });
    await t.post(t.activities.channelMessage(classTeam, teacher, "check in"));
    expect(evilRequests).toEqual([]);
  });
});
