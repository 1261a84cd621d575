import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Round } from "../../../src/domain/survey/round.js";
import { startTestApp, type TestApp } from "../../support/start-test-app.js";
import { person, team, type TeamsPerson } from "../../support/teams-activities.js";
import { answerData, cardText, executeActions, invokeCard } from "../bot/card-helpers.js";

/** A channel survey: each student's refresh shows only their own state, in their own time zone. */
let t: TestApp;
let round: Round;
const teacher = person("Ida Lærer");
const freja = person("Freja Holm", "da-DK");
const elias = person("Elias Berg", "sv-SE");
const classA = team("GF2 U");

/** An invoke from the class channel, as Teams sends for a refresh or a button there. */
function channelInvoke(from: TeamsPerson, verb: string, data: Record<string, unknown>, timeZone?: string) {
  const a = t.activities.invoke(from, verb, data);
  a.conversation = { ...a.conversation, id: `${classA.teamId};messageid=1`, conversationType: "channel" };
  a.channelData = { ...a.channelData, team: { id: classA.teamId, aadGroupId: classA.classId, name: classA.name } };
  if (timeZone) a.localTimezone = timeZone;
  return a;
}

beforeAll(async () => {
  t = await startTestApp();
  t.setRoster(classA, [{ person: teacher }, { person: freja }, { person: elias }]);
  await t.post(t.activities.installInTeam(classA, teacher));
  await t.post(t.activities.channelMessage(classA, teacher, "check in"));
  const [opened] = await t.app.stores.rounds.latest(t.tenantId, classA.classId, 1);
  round = opened!;
});
afterAll(async () => {
  await t?.stop();
});

describe("user-specific views of a channel survey", () => {
  it("before answering, a student's refresh is the survey, refreshing for them only", async () => {
    const ref = { roundId: round.roundId, classId: classA.classId };
    const card = invokeCard((await t.post(channelInvoke(freja, "survey.refresh", ref))).body);
    expect(executeActions(card).map((a) => a.verb)).toContain("survey.answer");
    expect((card.refresh as { userIds: string[] }).userIds).toEqual([freja.teamsUserId]);
  });

  it("after answering, the student sees their own answer and can change it; another student sees none of it", async () => {
    const values = { "mood-week": "1", "belonging-class": "2", "energy-week": "2" };
    const ref = { roundId: round.roundId, classId: classA.classId };
    await t.post(channelInvoke(freja, "survey.answer", answerData(round.roundId, classA.classId, values)));
    const own = invokeCard((await t.post(channelInvoke(freja, "survey.refresh", ref))).body);
    expect(cardText(own)).toContain("Rigtig dårlig");
    expect(cardText(own)).toContain("Tak, fordi du var ærlig");
    expect(executeActions(own).map((a) => a.verb)).toContain("survey.change");
    const others = invokeCard((await t.post(channelInvoke(elias, "survey.refresh", ref))).body);
    // Elias gets a blank form: no choice is preselected, and no thank-you words from Freja's view.
    const inputs = (others.body as Array<Record<string, unknown>>).filter((e) => e.type === "Input.ChoiceSet");
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.map((i) => i.value)).toEqual(inputs.map(() => undefined));
    expect(cardText(others)).not.toContain("ärlig");
    expect(executeActions(others).map((a) => a.verb)).toContain("survey.answer");
  });

  it("the closing time shows in the student's own time zone from their client", async () => {
    const ref = { roundId: round.roundId, classId: classA.classId };
    const at = (zone: string) =>
      new Intl.DateTimeFormat("sv", { timeStyle: "short", timeZone: zone }).format(new Date(round.closesAt));
    const helsinki = cardText(
      invokeCard((await t.post(channelInvoke(elias, "survey.refresh", ref, "Europe/Helsinki"))).body),
    );
    expect(helsinki).toContain(at("Europe/Helsinki"));
    const bogus = cardText(invokeCard((await t.post(channelInvoke(elias, "survey.refresh", ref, "Not/AZone"))).body));
    expect(bogus).not.toContain("Not/AZone");
  });

  it("once closed, a student who did not answer sees a closed card with no form", async () => {
    await t.app.stores.rounds.close(t.tenantId, classA.classId, round.roundId);
    const ref = { roundId: round.roundId, classId: classA.classId };
    const card = invokeCard((await t.post(channelInvoke(elias, "survey.refresh", ref))).body);
    expect(cardText(card)).toContain("Den här avstämningen har stängt");
    expect(executeActions(card)).toEqual([]);
    const answered = invokeCard((await t.post(channelInvoke(freja, "survey.refresh", ref))).body);
    expect(executeActions(answered).map((a) => a.verb)).not.toContain("survey.change");
  });
});
