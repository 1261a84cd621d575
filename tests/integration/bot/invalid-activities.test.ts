import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Round } from "../../../src/domain/survey/round.js";
import { startTestApp, type TestApp } from "../../support/start-test-app.js";
import { ActivityFactory, person, team } from "../../support/teams-activities.js";
import { answerData, cardIn, cardText, executeActions, invokeCard } from "./card-helpers.js";

/** Everything that must be refused: a clear answer, nothing stored, never a 5xx. */
let t: TestApp;
let round: Round;
const teacher = person("Ida Lærer");
const liam = person("Liam Ek", "fi-FI");
const outsider = person("Olga Muu"); // a student of another class
const classA = team("GF2 B");
const classB = team("GF2 C");
const fine = { "mood-week": "4", "belonging-class": "4", "energy-week": "3" };

beforeAll(async () => {
  t = await startTestApp();
  t.setRoster(classA, [{ person: teacher }, { person: liam }]);
  t.setRoster(classB, [{ person: teacher }, { person: outsider }]);
  await t.post(t.activities.installInTeam(classA, teacher));
  await t.post(t.activities.installInTeam(classB, teacher));
  await t.post(t.activities.channelMessage(classA, teacher, "check in"));
  const [opened] = await t.app.stores.rounds.latest(t.tenantId, classA.classId, 1);
  round = opened!;
});
afterAll(async () => {
  await t?.stop();
});

async function expectNothingStored(): Promise<void> {
  expect(await t.app.stores.answers.listRound(t.tenantId, round.roundId)).toEqual([]);
  expect(await t.app.stores.studentStates.listClass(t.tenantId, classA.classId)).toEqual([]);
}

describe("invalid card actions get a localized error card and store nothing", () => {
  it("an unknown verb", async () => {
    const response = await t.post(t.activities.invoke(liam, "survey.delete", { roundId: round.roundId }));
    expect(response.status).toBe(200);
    expect(cardText(invokeCard(response.body))).toContain("Tätä painiketta ei enää tueta");
    await expectNothingStored();
  });

  it("a value off the scale, with a way back to the survey", async () => {
    const data = answerData(round.roundId, classA.classId, { ...fine, "mood-week": "7" });
    const card = invokeCard((await t.post(t.activities.invoke(liam, "survey.answer", data))).body);
    expect(cardText(card)).toContain("Yksi vastauksista ei ollut vaihtoehtojen joukossa");
    expect(executeActions(card).map((a) => a.verb)).toEqual(["survey.change"]);
    await expectNothingStored();
  });

  it("an answer to a closed round", async () => {
    const closed: Round = {
      ...round,
      roundId: `closed-${randomUUID()}`,
      status: "closed",
      opensAt: "2026-01-05T08:00:00.000Z",
    };
    await t.app.stores.rounds.create(closed);
    const data = answerData(closed.roundId, classA.classId, fine);
    const card = invokeCard((await t.post(t.activities.invoke(liam, "survey.answer", data))).body);
    expect(cardText(card)).toContain("Tämä kysely on sulkeutunut");
    expect(await t.app.stores.answers.listRound(t.tenantId, closed.roundId)).toEqual([]);
  });

  it("an answer from a student of another class, and from the teacher", async () => {
    const data = answerData(round.roundId, classA.classId, fine);
    for (const who of [outsider, teacher]) {
      const card = invokeCard((await t.post(t.activities.invoke(who, "survey.answer", data))).body);
      expect(cardText(card)).toContain("we can't save an answer from you");
    }
    await expectNothingStored();
  });

  it("missing fields: no round id, no action at all", async () => {
    const noRound = { ...answerData(round.roundId, classA.classId, fine), roundId: undefined };
    const card = invokeCard((await t.post(t.activities.invoke(liam, "survey.answer", noRound))).body);
    expect(cardText(card)).toContain("Painike ei lähettänyt odotettuja tietoja");
    const bare = { ...t.activities.invoke(liam, "survey.answer", {}), value: {} };
    expect(cardText(invokeCard((await t.post(bare)).body))).toContain("Painike ei lähettänyt odotettuja tietoja");
    await expectNothingStored();
  });

  it("a missing answer without asking for help", async () => {
    const data = answerData(round.roundId, classA.classId, { "mood-week": "3" });
    const card = invokeCard((await t.post(t.activities.invoke(liam, "survey.answer", data))).body);
    expect(cardText(card)).toContain("Vastaa kaikkiin kysymyksiin");
    await expectNothingStored();
  });
});

describe("the edge refuses what is not a Teams activity for this app", () => {
  it("a tenant that is not allow-listed gets 403 and nothing is stored or called", async () => {
    const calls = t.connector.calls.length;
    const stranger = new ActivityFactory(randomUUID(), t.connector.serviceUrl, (id) => id);
    const other = team("Elsewhere");
    const response = await t.post(stranger.installInTeam(other, teacher));
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: { code: "tenantNotAllowed" } });
    expect(await t.app.stores.classes.get(stranger.tenantId, other.classId)).toBeUndefined();
    expect(t.connector.calls.length).toBe(calls);
  });

  it("an invoke for a feature the app does not have gets 400, not a 5xx", async () => {
    const activity = { ...t.activities.invoke(liam, "survey.answer", {}), name: "composeExtension/query" };
    const response = await t.post(activity);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: "NotSupported" });
  });

  it("a serviceUrl outside the Bot Connector allow-list gets 403: the token never goes there", async () => {
    const activity = {
      ...t.activities.installInTeam(team("Spoofed"), teacher),
      serviceUrl: "https://smba.evil.example/amer/",
    };
    const response = await t.post(activity);
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: { code: "serviceUrlNotAllowed" } });
  });

  it("malformed activities get 400 with a clear error, never a crash", async () => {
    const valid = t.activities.personalMessage(liam, "hello");
    const broken = [
      { ...valid, serviceUrl: undefined },
      { ...valid, from: { name: "no id" } },
      { ...valid, conversation: undefined },
      { ...valid, type: "" },
      [],
      "not json at all",
    ];
    for (const body of broken) {
      const response = await t.post(body);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
    }
    const noTenant = { ...valid, conversation: { ...valid.conversation, tenantId: undefined }, channelData: {} };
    expect((await t.post(noTenant)).body).toMatchObject({ error: { code: "invalidActivity" } });
    await expectNothingStored();
  });
});

describe("the Action.Submit fallback and changing an answer", () => {
  it("a submitted card (no Universal Actions) stores the answer and replies with the thank-you card", async () => {
    const submitted = t.activities.submit(liam, answerData(round.roundId, classA.classId, fine));
    expect((await t.post(submitted)).status).toBe(200);
    const reply = t.connector.callsTo("replyToActivity").at(-1)?.body;
    expect(cardText(cardIn(reply))).toContain("Kiitos!");
    expect((await t.app.stores.answers.listRound(t.tenantId, round.roundId)).map((a) => a.values)).toEqual([
      { "mood-week": 4, "belonging-class": 4, "energy-week": 3 },
    ]);
  });

  it("change my answers shows the survey prefilled, and a changed answer replaces the row", async () => {
    const form = invokeCard(
      (await t.post(t.activities.invoke(liam, "survey.change", { roundId: round.roundId, classId: classA.classId })))
        .body,
    );
    const mood = (form.body as Array<Record<string, unknown>>).find((e) => e.id === "q.mood-week");
    expect(mood?.value).toBe("4");
    const changed = answerData(round.roundId, classA.classId, { ...fine, "mood-week": "2" });
    await t.post(t.activities.invoke(liam, "survey.answer", changed));
    const rows = await t.app.stores.answers.listRound(t.tenantId, round.roundId);
    expect(rows.map((a) => a.values["mood-week"])).toEqual([2]);
  });
});
