import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeBotConnector } from "../../support/fake-bot-connector.js";
import { startApiHarness, type ApiHarness } from "./api-harness.js";

let h: ApiHarness;
let connector: FakeBotConnector;
beforeAll(async () => {
  connector = await FakeBotConnector.start();
  h = await startApiHarness({ withBot: true, serviceUrl: connector.serviceUrl });
});
afterAll(async () => {
  await h.stop();
  await connector.stop();
});

const checkIn = (as: string, classId = h.school.classId) =>
  h.call("POST", `/api/v1/classes/${classId}/check-in?locale=da`, { as, body: {} });

describe("Check in now, from the class view", () => {
  it("only the class's teachers may open a check-in", async () => {
    for (const who of [h.school.otherTeacher, h.school.mentor, h.school.coordinator, h.school.students[0] ?? ""]) {
      expect((await checkIn(who)).status).toBe(403);
    }
    expect(connector.calls).toEqual([]);
  });

  it("a teacher opens one: the survey is queued for the channel and each student, and the class view shows the round", async () => {
    const response = await checkIn(h.school.teacher);
    expect(response.status).toBe(201);
    const { roundId, opened } = (await response.json()) as { roundId: string; opened: boolean };
    expect(opened).toBe(true);
    // Sending is the survey-send worker's job (tests/integration/dispatch); the request only queues it.
    const rows = await h.app.stores.deliveries.listRound(h.school.tenantId, roundId);
    expect(rows.map((d) => d.recipientId).sort()).toEqual(["channel", ...h.school.students].sort());
    expect(new Set(rows.map((d) => d.status))).toEqual(new Set(["pending"]));

    const overview = (await (
      await h.call("GET", `/api/v1/classes/${h.school.classId}/overview`, { as: h.school.teacher })
    ).json()) as {
      rounds: Array<{ roundId: string; status: string; respondents: number }>;
    };
    expect(overview.rounds[0]).toMatchObject({ roundId, status: "open", respondents: 0 });
  });

  it("a second click while the round is open opens nothing new", async () => {
    const before = connector.calls.length;
    const response = await checkIn(h.school.teacher);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { opened: boolean }).opened).toBe(false);
    expect(connector.calls.length).toBe(before);
  });

  it("is listed in the OpenAPI document when the bot is wired", async () => {
    const doc = (await (await h.call("GET", "/api/v1/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(doc.paths).toHaveProperty(["/api/v1/classes/{id}/check-in"]);
  });
});
