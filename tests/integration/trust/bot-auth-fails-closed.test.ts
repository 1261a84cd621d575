import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../support/start-test-app.js";
import { person, type Activity } from "../../support/teams-activities.js";
import { startBotTokenIssuer, type BotTokenIssuer } from "./bot-token-issuer.js";

/**
 * trust.md P8/P9: with BOT_ID set, every request to /api/messages without a valid Bot Connector JWT gets 401/403
 * and changes nothing: no conversation row, no member row, no call to the Bot Connector. The probe activity is a
 * personal install, which (control case) writes a row and greets the user when it gets through.
 */
const BOT_ID = "7b1d0c55-3c0e-4b8e-9f6a-2d4c1e0a9b31";
let issuer: BotTokenIssuer;
let secured: TestApp;
let open: TestApp;

beforeAll(async () => {
  issuer = await startBotTokenIssuer();
  secured = await startTestApp({
    env: {
      BOT_ID,
      BOT_TYPE: "MultiTenant",
      SECRET_BOT_PASSWORD: "not-used-offline",
      TEST_BOT_OPENID_URL: issuer.metadataUrl,
    },
  });
  open = await startTestApp();
});
afterAll(async () => {
  await secured?.stop();
  await open?.stop();
  await issuer?.close();
});

async function postAs(t: TestApp, activity: Activity, authorization: string | undefined) {
  const response = await fetch(`${t.app.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(activity),
  });
  await response.text();
  return response.status;
}

/** Rows and outbound calls the probe activity would cause if it got through. */
async function sideEffects(t: TestApp, userId: string) {
  const [conversation, classes] = await Promise.all([
    t.app.stores.conversations.get(t.tenantId, userId),
    t.app.stores.members.classesOf(t.tenantId, userId),
  ]);
  return { conversation, memberships: classes.length, connectorCalls: t.connector.calls.length };
}

const serviceUrl = () => secured.connector.serviceUrl;
const badTokens: Array<[string, () => Promise<string | undefined>]> = [
  ["no token", async () => undefined],
  ["a token that is not a JWT", async () => "Bearer not.a.jwt"],
  ["alg none", async () => `Bearer ${issuer.unsigned(BOT_ID, serviceUrl())}`],
  ["HS256 signed with the public key", async () => `Bearer ${await issuer.hmacWithPublicKey(BOT_ID, serviceUrl())}`],
  [
    "a key the JWKS does not publish",
    async () => `Bearer ${await issuer.mint(BOT_ID, serviceUrl(), { signWith: "rogue" })}`,
  ],
  ["an unknown kid", async () => `Bearer ${await issuer.mint(BOT_ID, serviceUrl(), { kid: "no-such-key" })}`],
  ["a wrong issuer", async () => `Bearer ${await issuer.mint(BOT_ID, serviceUrl(), { iss: "https://evil.example" })}`],
  ["a wrong audience", async () => `Bearer ${await issuer.mint("another-bot", serviceUrl())}`],
  [
    "an expired token (beyond 5 min skew)",
    async () => `Bearer ${await issuer.mint(BOT_ID, serviceUrl(), { expiresIn: -600 })}`,
  ],
  [
    "a serviceurl claim that differs from the activity's",
    async () =>
      `Bearer ${await issuer.mint(BOT_ID, serviceUrl(), { serviceurl: "https://smba.trafficmanager.net/emea/" })}`,
  ],
];

describe("bot authentication fails closed", () => {
  it("control: the probe activity has side effects when it gets through (auth off, local mode)", async () => {
    const student = person("Probe Elev");
    expect(await postAs(open, open.activities.personalInstall(student), undefined)).toBe(200);
    const after = await sideEffects(open, student.userId);
    expect(after.conversation).toBeDefined();
    expect(after.connectorCalls).toBeGreaterThan(0);
  });

  it.each(badTokens)("refuses %s with 401/403 and changes nothing", async (_name, header) => {
    const student = person(`Elev ${randomUUID().slice(0, 6)}`);
    const before = await sideEffects(secured, student.userId);
    const install = secured.activities.personalInstall(student);
    const status = await postAs(secured, install, await header());
    expect([401, 403]).toContain(status);
    expect(await sideEffects(secured, student.userId)).toEqual(before);
    expect(before.conversation).toBeUndefined();
  });

  it("refuses a validly signed activity from a tenant that is not allow-listed, storing nothing", async () => {
    const student = person("Fremmed Elev");
    const activity = secured.activities.personalInstall(student);
    const foreign = randomUUID();
    activity.conversation = { ...(activity.conversation as object), tenantId: foreign };
    activity.channelData = { tenant: { id: foreign } };
    const before = secured.connector.calls.length;
    const status = await postAs(secured, activity, `Bearer ${await issuer.mint(BOT_ID, serviceUrl())}`);
    expect(status).toBe(403);
    expect(await secured.app.stores.conversations.get(foreign, student.userId)).toBeUndefined();
    expect(secured.connector.calls.length).toBe(before);
  });

  it("refuses an activity whose serviceUrl is not an allow-listed connector host, even with a matching token", async () => {
    const student = person("Omdirigeret Elev");
    const evilUrl = "https://smba.trafficmanager.net.evil.example/emea/";
    const activity = { ...secured.activities.personalInstall(student), serviceUrl: evilUrl };
    const status = await postAs(secured, activity, `Bearer ${await issuer.mint(BOT_ID, evilUrl)}`);
    expect(status).toBe(403);
    expect(await secured.app.stores.conversations.get(secured.tenantId, student.userId)).toBeUndefined();
  });
});
