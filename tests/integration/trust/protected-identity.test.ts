import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeEntra, type FakeEntra } from "../../support/fake-entra.js";
import { startTestApp, type TestApp } from "../../support/start-test-app.js";
import { person, team, type TeamsPerson } from "../../support/teams-activities.js";
import { answerData, cardsSentTo, invokeCard, cardText } from "../bot/card-helpers.js";
import { waitForDeliveries } from "../dispatch/wait-for-deliveries.js";

/**
 * Issue 7, "students with protected identity can be excluded: no surveys, no rows, not in rosters or aggregates".
 * A coordinator marks one student of a class through the API; at the class's next check-in every other student
 * gets the survey and the protected one gets nothing and has no delivery row; an answer from them (a forged or stale
 * card) is refused and stored nowhere; the class overview counts neither them as a student nor their answer.
 */
const CLIENT_ID = "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
let t: TestApp;
let entra: FakeEntra;
const teacher = person("Tove Lærer");
const coordinator = person("Cai Koordinator");
const classmates = Array.from({ length: 5 }, (_, i) => person(`Klassekammerat ${i}`));
const hidden = person("Skjult Elev");
const classTeam = team("GF1 Beskyttet");

async function api(as: TeamsPerson, method: string, path: string) {
  const token = await entra.mint({ tenantId: t.tenantId, userId: as.userId, audience: CLIENT_ID });
  const res = await fetch(`${t.app.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(method === "POST" ? { "content-type": "application/json" } : {}) },
    ...(method === "POST" ? { body: "{}" } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const chatOf = (who: TeamsPerson) => t.connector.personalConversationId(who.teamsUserId);

beforeAll(async () => {
  entra = await startFakeEntra();
  t = await startTestApp({
    env: { AAD_APP_CLIENT_ID: CLIENT_ID, TAB_DOMAIN: "trivsel.example.test", TEST_ENTRA_OPENID_URL: entra.metadataUrl },
  });
  t.setRoster(classTeam, [{ person: teacher }, { person: hidden }, ...classmates.map((s) => ({ person: s }))]);
  expect((await t.post(t.activities.installInTeam(classTeam, teacher))).status).toBe(200);
  for (const student of [hidden, ...classmates]) await t.post(t.activities.personalInstall(student));
  await t.app.stores.staff.save({ tenantId: t.tenantId, userId: coordinator.userId, name: "Cai", isCoordinator: true });
});
afterAll(async () => {
  await t?.stop();
  await entra?.close();
});

describe("protected identity", () => {
  it("a protected student gets no survey, cannot store an answer, and is in no roster or aggregate", async () => {
    expect((await api(teacher, "POST", `/api/v1/students/${hidden.userId}/protected-identity`)).status).toBe(403);
    const marked = await api(coordinator, "POST", `/api/v1/students/${hidden.userId}/protected-identity`);
    expect(marked.status).toBe(200);
    expect(await t.app.stores.members.get(t.tenantId, classTeam.classId, hidden.userId)).toBeUndefined();

    // The next check-in: the classmates get the survey; the protected student nothing, not even a delivery row.
    expect((await t.post(t.activities.channelMessage(classTeam, teacher, "check in"))).status).toBe(200);
    const [round] = await t.app.stores.rounds.latest(t.tenantId, classTeam.classId, 1);
    // One row per student, plus the class channel's announcement ("channel").
    const deliveries = await waitForDeliveries(t.app.stores, t.tenantId, round!.roundId, classmates.length + 1);
    const students = deliveries.map((d) => d.recipientId).filter((id) => id !== "channel");
    expect(students.sort()).toEqual(classmates.map((s) => s.userId).sort());
    for (const s of classmates) expect(cardsSentTo(t.connector.calls, chatOf(s))).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // long enough for a stray send to show
    expect(cardsSentTo(t.connector.calls, chatOf(hidden))).toEqual([]);
    expect(await t.app.stores.deliveries.get(t.tenantId, round!.roundId, hidden.userId)).toBeUndefined();

    // Everyone answers "4"; the protected student (with a copied card) "1": refused, and nothing stored.
    const values = (v: string) => Object.fromEntries(round!.questions.map((q) => [q.id, v]));
    for (const s of classmates) {
      const res = await t.post(
        t.activities.invoke(s, "survey.answer", answerData(round!.roundId, round!.classId, values("4"))),
      );
      expect(res.status).toBe(200);
    }
    const refused = await t.post(
      t.activities.invoke(hidden, "survey.answer", answerData(round!.roundId, round!.classId, values("1"))),
    );
    expect(cardText(invokeCard(refused.body))).not.toContain("Thank you");
    expect(await t.app.stores.answers.get(t.tenantId, round!.roundId, hidden.userId)).toBeUndefined();
    expect(await t.app.stores.answers.history(t.tenantId, hidden.userId, 10)).toEqual([]);

    // The aggregates: five students, five respondents, and the closed round's means are the classmates' "4".
    await t.app.stores.rounds.close(t.tenantId, classTeam.classId, round!.roundId);
    const overview = await api(teacher, "GET", `/api/v1/classes/${classTeam.classId}/overview`);
    expect(overview.status).toBe(200);
    expect(overview.body.students).toBe(classmates.length);
    const rounds = overview.body.rounds as Array<{ roundId: string; respondents: number; questions: unknown[] }>;
    const shown = rounds.find((r) => r.roundId === round!.roundId)!;
    expect(shown.respondents).toBe(classmates.length);
    const means = (shown.questions as Array<{ mean: number | null }>).map((q) => q.mean);
    expect(means.every((m) => m !== null)).toBe(true);
    const allFours = await t.app.stores.answers.listRound(t.tenantId, round!.roundId);
    expect(allFours.every((a) => Object.values(a.values).every((v) => v === 4))).toBe(true);
  });
});
