import { randomUUID } from "node:crypto";
import { startEmbeddedAzurite } from "../../src/adapters/azurite/embedded-azurite.js";
import { loadConfig } from "../../src/config/config.js";
import type { ClassMember } from "../../src/domain/school/school.js";
import { CORE_QUESTIONS } from "../../src/domain/survey/question-bank.js";
import { startTrivsel } from "../../src/main.js";
import { answerData } from "../../tests/integration/bot/card-helpers.js";
import { ActivityFactory, person, team } from "../../tests/support/teams-activities.js";
import { startBareBot } from "./bare-bot-server.js";
import { rawUpserts } from "./raw-upserts.js";
import { postAll } from "./stats.js";

/** Issue 5: 50 concurrent connections. */
const CONCURRENCY = 50;
/** Distinct students, one answer each: no answer is a replay the store can shortcut. */
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 2_000);
/** Targets from issue 5. */
const TARGET_P99_MS = 300;
const TARGET_STORAGE_RATIO = 0.5;

const fmt = (x: number) => x.toFixed(1);

/**
 * Answers per second through POST /api/messages on the real app (startTrivsel, port 0, in-process Azurite): every
 * request is a Teams Action.Execute invoke with a distinct student's answer, so each one reads the round, the
 * roster row and the school settings, stores the answer and its history, and evaluates and writes the student's
 * state (and flag). Beside it, in the same run: raw Azurite upserts and a bare botbuilder invoke handler.
 */
export async function runAnswersBench(): Promise<{ ok: boolean }> {
  const azurite = await startEmbeddedAzurite();
  const tenantId = randomUUID();
  const config = loadConfig({
    PORT: "0",
    LOG_LEVEL: "silent",
    STORAGE_CONNECTION_STRING: azurite.connectionString,
    DEMO_DATA: "false",
    ALLOWED_TENANTS: tenantId,
    BOT_CONNECTOR_HOSTS: "127.0.0.1",
    DISABLE_WORKERS: "true", // sends are not part of an answer; they are queued and benchmarked in bench/delivery
  });
  const app = await startTrivsel(config);
  const bare = await startBareBot();
  try {
    const classTeam = team("Bench class");
    const students = Array.from({ length: STUDENTS }, (_, i) => person(`Student ${i}`));
    const members: ClassMember[] = students.map((s) => ({
      tenantId,
      classId: classTeam.classId,
      userId: s.userId,
      teamsUserId: s.teamsUserId,
      name: s.name,
      role: "student",
    }));
    await app.stores.members.replaceRoster(tenantId, classTeam.classId, members);
    const now = Date.now();
    const roundId = "bench-round";
    await app.stores.rounds.create({
      tenantId,
      classId: classTeam.classId,
      roundId,
      questions: CORE_QUESTIONS,
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 3_600_000).toISOString(),
      status: "open",
      delivery: "personal",
      origin: "manual:bench",
    });
    const activities = new ActivityFactory(tenantId, "http://127.0.0.1:9/", (id) => `a:${id}`);
    // Mostly ordinary answers, every tenth low, so flag evaluation and flag writes are part of the load.
    const bodies = students.map((s, i) => {
      const v = i % 10 === 0 ? "1" : String(3 + (i % 3));
      const data = answerData(roundId, classTeam.classId, { "mood-week": v, "belonging-class": v, "energy-week": v });
      return JSON.stringify(activities.invoke(s, "survey.answer", data));
    });
    // Warm-up on a separate slice of the bare bot only (the app's answers must stay distinct).
    await postAll(`${bare.url}/api/messages`, bodies.slice(0, 200), CONCURRENCY);

    const answers = await postAll(`${app.url}/api/messages`, bodies, CONCURRENCY);
    const storage = await rawUpserts(azurite.connectionString, STUDENTS, CONCURRENCY);
    const bareBot = await postAll(`${bare.url}/api/messages`, bodies, CONCURRENCY);
    const stored = (await app.stores.answers.listRound(tenantId, roundId)).length;

    const storageRatio = answers.perSecond / storage.perSecond;
    console.log(`answers bench: ${STUDENTS} distinct answers, ${CONCURRENCY} concurrent connections`);
    console.log(
      `  answers via POST /api/messages : ${fmt(answers.perSecond)}/s  p50 ${fmt(answers.p50)} ms  p99 ${fmt(answers.p99)} ms  (non-200: ${answers.errors}, stored: ${stored})`,
    );
    console.log(
      `  (a) raw Azurite upserts        : ${fmt(storage.perSecond)}/s  p50 ${fmt(storage.p50)} ms  p99 ${fmt(storage.p99)} ms`,
    );
    console.log(
      `  (b) bare botbuilder invoke     : ${fmt(bareBot.perSecond)}/s  p50 ${fmt(bareBot.p50)} ms  p99 ${fmt(bareBot.p99)} ms`,
    );
    console.log(
      `  ratio answers / raw upserts    : ${(storageRatio * 100).toFixed(0)}% (target >= ${TARGET_STORAGE_RATIO * 100}%)`,
    );
    console.log(`  ratio answers / bare invoke    : ${((answers.perSecond / bareBot.perSecond) * 100).toFixed(0)}%`);
    console.log(`  p99 target < ${TARGET_P99_MS} ms: ${answers.p99 < TARGET_P99_MS ? "met" : "NOT met"}`);
    const ok = answers.errors === 0 && stored === STUDENTS;
    return { ok };
  } finally {
    await bare.stop();
    await app.stop();
    await azurite.stop();
  }
}
