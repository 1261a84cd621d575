import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedAzurite, type EmbeddedAzurite } from "../../../src/adapters/azurite/embedded-azurite.js";
import { CORE_QUESTIONS } from "../../../src/domain/survey/question-bank.js";
import type { Round } from "../../../src/domain/survey/round.js";
import { startTestApp, type TestApp } from "../../support/start-test-app.js";
import { person, team, type TeamsPerson } from "../../support/teams-activities.js";
import { answerData, cardText, executeActions, invokeCard } from "../bot/card-helpers.js";

/**
 * Issue 7, "an answer the bot confirmed to a student is never lost": a load of answers while storage goes away and
 * comes back. The app runs against its own Azurite on fixed ports (a restart must come back where the app's clients
 * point) that keeps its data in a folder (an in-memory Azurite would lose everything on stop). Every invoke gets
 * either the thank-you card, and then the answer is stored exactly once, or the "not saved, try again" card; its
 * "Try again" button after recovery stores the answer once. /readyz says 503 while storage is down, 200 after.
 *
 * The issue asks for a 60 s outage. The app keeps no timer or cache that depends on the outage's length (each call
 * fails fast, each invoke is answered on its own), so a few seconds show the same behaviour at a fraction of the
 * suite's time. TRIVSEL_OUTAGE_MS=60000 runs the full minute.
 */
const OUTAGE_MS = Number(process.env.TRIVSEL_OUTAGE_MS ?? 3_000);
const STUDENTS = 60;
/** Answers start this far apart, so the load runs before, during and after the outage. */
const STAGGER_MS = Math.max(50, Math.ceil((OUTAGE_MS + 2_000) / STUDENTS));
/** Teams gives up on an invoke after 15 s and shows the user an error (DESIGN §5): every answer must come before. */
const TEAMS_INVOKE_TIMEOUT_MS = 15_000;

let folder: string;
let ports: { table: number; queue: number; blob: number };
let azurite: EmbeddedAzurite | undefined;
let t: TestApp;
let round: Round;
const mentor = person("Ida Lærer");
const students = Array.from({ length: STUDENTS }, (_, i) =>
  person(`Elev ${i}`, ["da-DK", "sv-SE", "fi-FI", "en-US"][i % 4]),
);
const classTeam = team("GF1 Outage");

interface Sent {
  student: TeamsPerson;
  values: Record<string, string>;
  outcome: "thanks" | "notSaved";
  card: Record<string, unknown>;
  ms: number;
}

/** Ports free right now; Azurite is started on them twice. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Azurite's queue and blob services share the extents folder and race to create it: it is made first. */
function startAzurite(): Promise<EmbeddedAzurite> {
  mkdirSync(join(folder, "extents"), { recursive: true });
  return startEmbeddedAzurite({ location: folder, ports });
}

const valuesOf = (i: number) => ({
  "mood-week": String((i % 5) + 1),
  "belonging-class": String(((i + 1) % 5) + 1),
  "energy-week": String(((i + 2) % 5) + 1),
});

/** Posts an invoke and says which of the two allowed cards came back; anything else fails the test. */
async function send(student: TeamsPerson, verb: string, data: Record<string, unknown>) {
  const started = Date.now();
  const response = await t.post(t.activities.invoke(student, verb, data));
  const ms = Date.now() - started;
  expect(response.status).toBe(200);
  const card = invokeCard(response.body);
  const text = cardText(card);
  const retry = executeActions(card).find((a) => a.verb === "survey.answer");
  if (retry) {
    expect(text).not.toMatch(/Thank you|Tak|Tack|Kiitos/);
    return { outcome: "notSaved" as const, card, ms };
  }
  expect(executeActions(card).some((a) => a.verb === "survey.change")).toBe(true); // the thank-you card
  return { outcome: "thanks" as const, card, ms };
}

const readyz = async () => (await fetch(`${t.app.url}/readyz`)).status;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "trivsel-outage-"));
  ports = { table: await freePort(), queue: await freePort(), blob: await freePort() };
  azurite = await startAzurite();
  t = await startTestApp({ env: { STORAGE_CONNECTION_STRING: azurite.connectionString } });
  t.setRoster(classTeam, [{ person: mentor }, ...students.map((s) => ({ person: s }))]);
  expect((await t.post(t.activities.installInTeam(classTeam, mentor))).status).toBe(200);
  const now = Date.now();
  round = {
    tenantId: t.tenantId,
    classId: classTeam.classId,
    roundId: "round-outage",
    questions: CORE_QUESTIONS,
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 48 * 3_600_000).toISOString(),
    status: "open",
    delivery: "personal",
    origin: "manual:test",
  };
  await t.app.stores.rounds.create(round);
}, 60_000);

afterAll(async () => {
  await t?.stop();
  await azurite?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe("nothing lost while storage is down", () => {
  it(
    "every answer is either confirmed and stored exactly once, or refused with a try-again that stores it once",
    async () => {
      const outage = (async () => {
        await new Promise((resolve) => setTimeout(resolve, STAGGER_MS * (STUDENTS / 4)));
        await azurite!.stop();
        azurite = undefined;
        const down = await readyz();
        await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
        azurite = await startAzurite();
        return down;
      })();
      const load = students.map(async (student, i): Promise<Sent> => {
        await new Promise((resolve) => setTimeout(resolve, i * STAGGER_MS));
        const values = valuesOf(i);
        const sent = await send(student, "survey.answer", answerData(round.roundId, round.classId, values));
        return { student, values, ...sent };
      });
      const sent = await Promise.all(load);
      expect(await outage).toBe(503);
      await expect.poll(readyz, { timeout: 10_000 }).toBe(200);

      const confirmed = sent.filter((s) => s.outcome === "thanks");
      const refused = sent.filter((s) => s.outcome === "notSaved");
      // The load really ran on both sides of the outage.
      expect(confirmed.length).toBeGreaterThan(0);
      expect(refused.length).toBeGreaterThan(0);
      expect(Math.max(...sent.map((s) => s.ms))).toBeLessThan(TEAMS_INVOKE_TIMEOUT_MS);
      const slowestRefusal = Math.max(...refused.map((s) => s.ms));
      console.info(
        `outage ${OUTAGE_MS} ms: ${confirmed.length} confirmed, ${refused.length} told to try again; ` +
          `slowest try-again invoke ${slowestRefusal} ms`,
      );

      for (const s of confirmed) await expectStoredOnce(s.student, s.values);

      // After recovery the student presses "Try again" on the card they got: the same answer, stored once.
      for (const s of refused) {
        const retry = executeActions(s.card).find((a) => a.verb === "survey.answer")!;
        expect((await send(s.student, retry.verb, retry.data)).outcome).toBe("thanks");
      }
      for (const s of sent) await expectStoredOnce(s.student, s.values);
      expect(await t.app.stores.answers.listRound(t.tenantId, round.roundId)).toHaveLength(STUDENTS);
    },
    120_000 + OUTAGE_MS,
  );
});

/** One answers row with the values sent, and one copy in the student's history for this round. */
async function expectStoredOnce(student: TeamsPerson, values: Record<string, string>): Promise<void> {
  const stored = await t.app.stores.answers.get(t.tenantId, round.roundId, student.userId);
  expect(stored?.values).toEqual(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v)])));
  const history = await t.app.stores.answers.history(t.tenantId, student.userId, 20);
  expect(history.filter((a) => a.roundId === round.roundId)).toHaveLength(1);
}
