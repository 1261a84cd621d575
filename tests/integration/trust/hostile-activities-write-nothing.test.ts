import { TableClient, TableServiceClient } from "@azure/data-tables";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { startTestApp, type TestApp } from "../../support/start-test-app.js";
import { person, type Activity } from "../../support/teams-activities.js";

/**
 * Issue 7, hardening: hostile input at /api/messages "never writes an invalid row". hardening.test.ts checks the
 * status codes; this file checks storage. Every hostile activity is addressed to this test's own allow-listed tenant
 * (so it gets past the tenant check and would write if anything could), built from a real Teams envelope with one
 * part made hostile: the sender's identity (not an Entra object id: `__proto__`, key-breaking characters, control
 * characters, the longest allowed string), the whole body replaced by random JSON, or `__proto__` and huge strings in
 * the card data of an answer to a round that does not exist. Afterwards not one row of the tenant exists in any table.
 */
let t: TestApp;
const student = person("Hanna Hostil");

/** Every row of this test's tenant in every table Azurite holds (tables listed, so new tables are covered too). */
async function rowsOfTenant(): Promise<string[]> {
  const connection = inject("storageConnectionString");
  const service = TableServiceClient.fromConnectionString(connection, { allowInsecureConnection: true });
  const found: string[] = [];
  for await (const table of service.listTables()) {
    const client = TableClient.fromConnectionString(connection, table.name ?? "", { allowInsecureConnection: true });
    for await (const row of client.listEntities()) {
      const text = JSON.stringify(row);
      if (text.includes(t.tenantId)) found.push(`${table.name}: ${text.slice(0, 200)}`);
    }
  }
  return found;
}

/** Sender ids no Entra tenant issues: object ids are GUIDs. */
const hostileUserId = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "a/b", "a#b", "a?b", "a\\b", "x\u0000y", "' or PartitionKey ne '"),
  fc.string({ minLength: 128, maxLength: 128 }),
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !/^[0-9a-f-]{36}$/i.test(s)),
);
const hostileValue = fc.oneof(
  fc.anything(),
  fc.constant(JSON.parse('{"__proto__":{"isCoordinator":true},"constructor":{"prototype":{"x":1}}}') as unknown),
  fc.string({ minLength: 10_000, maxLength: 60_000 }).map((s) => ({ roundId: s, classId: s, "q.mood-week": s })),
);

const withTenant = (body: unknown, tenantId: string) =>
  body && typeof body === "object" && !Array.isArray(body)
    ? { ...body, conversation: { id: "a:1", tenantId }, channelData: { tenant: { id: tenantId } } }
    : body;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.stop();
});

describe("hostile bot activities", () => {
  it("write no row, whichever part of the activity is hostile", async () => {
    const hostileActivity = fc.oneof(
      // A 1:1 message or button press from a sender whose id is not an Entra object id.
      fc.tuple(hostileUserId, fc.boolean()).map(([userId, invoke]): Activity => {
        const base = invoke
          ? t.activities.invoke(student, "survey.answer", { roundId: "r-1", classId: "c-1" })
          : t.activities.personalMessage(student, "check in");
        return { ...base, from: { ...base.from, aadObjectId: userId } };
      }),
      // Random JSON in place of an activity, addressed to the tenant.
      fc.object().map((body) => withTenant(body, t.tenantId)),
      // A well-formed button press from a real-looking student, with hostile card data for a round that does not
      // exist: nothing about it may be stored, not even the sender's chat reference.
      hostileValue.map((value) => {
        const base = t.activities.invoke(student, "survey.answer", {});
        return { ...base, from: { id: student.teamsUserId }, value };
      }),
    );
    await fc.assert(
      fc.asyncProperty(hostileActivity, async (activity) => {
        const response = await t.post(JSON.stringify(activity) ?? "null");
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 120 },
    );
    expect(await rowsOfTenant()).toEqual([]);
    expect((await fetch(`${t.app.url}/healthz`)).status).toBe(200);
  }, 120_000);
});
