import { randomUUID } from "node:crypto";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { loadConfig } from "../../../src/config/config.js";
import { startTrivsel, type RunningApp } from "../../../src/main.js";
import { createLogger } from "../../../src/observability/logger.js";
import { FakeBotConnector } from "../../support/fake-bot-connector.js";
import { startFakeEntra, type FakeEntra } from "../../support/fake-entra.js";
import { ActivityFactory, person, team } from "../../support/teams-activities.js";

/**
 * trust.md P16: the app's own pino logger, at debug level, writes into a captured stream while representative
 * flows run (install, roster, check-in, hostile and unauthenticated calls, API reads with SSO tokens). Seeded
 * canary names and notes, and JWT prefixes (`eyJ`), never appear in what it wrote.
 */
const CLIENT_ID = "6e2d3c4b-5a6f-4b7c-8d9e-0f1a2b3c4d5e";
const lines: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(chunk.toString("utf8"));
    done();
  },
});
const canaryName = `Canarius ${randomUUID().slice(0, 8)}`;
const canaryText = `canary-text-${randomUUID()}`;
let app: RunningApp;
let connector: FakeBotConnector;
let entra: FakeEntra;
const tenantId = randomUUID();

beforeAll(async () => {
  connector = await FakeBotConnector.start();
  entra = await startFakeEntra();
  const config = loadConfig({
    PORT: "0",
    LOG_LEVEL: "debug",
    STORAGE_CONNECTION_STRING: inject("storageConnectionString"),
    DEMO_DATA: "false",
    ALLOWED_TENANTS: tenantId,
    BOT_CONNECTOR_HOSTS: "127.0.0.1",
    AAD_APP_CLIENT_ID: CLIENT_ID,
    TAB_DOMAIN: "trivsel.example.test",
    TEST_ENTRA_OPENID_URL: entra.metadataUrl,
  });
  app = await startTrivsel(config, { logger: createLogger("debug", sink) });
});
afterAll(async () => {
  await app?.stop();
  await connector?.stop();
  await entra?.close();
});

describe("logs carry ids, never personal data or tokens", () => {
  it("writes no canary and no token while flows run", async () => {
    const activities = new ActivityFactory(tenantId, connector.serviceUrl, (id) =>
      connector.personalConversationId(id),
    );
    const student = { ...person(canaryName), name: canaryName };
    const teacher = person("Lærke Lærer");
    const classTeam = team("GF1 Logs");
    connector.setRoster(classTeam.teamId, [
      { id: teacher.teamsUserId, name: teacher.name, aadObjectId: teacher.userId },
      { id: student.teamsUserId, name: canaryName, aadObjectId: student.userId },
    ]);
    const post = async (body: unknown, headers: Record<string, string> = {}) => {
      const res = await fetch(`${app.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
      await res.text();
    };
    await post(activities.installInTeam(classTeam, teacher));
    await post(activities.personalInstall(student));
    await post(activities.personalMessage(student, canaryText));
    await post(activities.channelMessage(classTeam, teacher, "check in"));
    await post(activities.invoke(student, "survey.answer", { note: canaryText, classId: classTeam.classId }));
    await post({
      ...activities.personalMessage(student, canaryText),
      conversation: { id: "x", tenantId: randomUUID() },
    });
    await post("{not json", {});
    const token = await entra.mint({ tenantId, userId: student.userId, audience: CLIENT_ID });
    for (const path of [
      "/api/v1/me",
      `/api/v1/students/${student.userId}`,
      `/api/v1/students/${student.userId}/export`,
    ]) {
      await (await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${token}` } })).text();
    }
    await (await fetch(`${app.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}x` } })).text();
    const bad = await entra.mint({ tenantId: randomUUID(), userId: student.userId, audience: CLIENT_ID });
    await (await fetch(`${app.url}/api/v1/me`, { headers: { authorization: `Bearer ${bad}` } })).text();

    const written = lines.join("");
    expect(lines.length).toBeGreaterThan(3);
    expect(written).toContain(`"app":"trivsel"`);
    for (const needle of [canaryName, canaryText, "eyJ", token.slice(-20)]) expect(written).not.toContain(needle);
  });
});
