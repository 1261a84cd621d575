import type { Thresholds } from "../scoring/thresholds.js";
import type { Answer } from "../survey/answer.js";
import { CORE_QUESTIONS } from "../survey/question-bank.js";
import type { SchoolClass } from "../school/school.js";
import { demoIds } from "./demo-ids.js";
import { DEMO_ROUNDS, personaHolds, planPersona, type RoundPlan } from "./demo-personas.js";
import type { DemoRound, DemoStudent } from "./demo-school.js";
import type { Random } from "./prng.js";
import { replayStudent } from "./replay-history.js";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Rounds stay open three days, long enough for a weekend-free school week's answers (issue 3 default). */
const OPEN_DAYS = 3;
/** Re-draws per student before keeping a draw that misses its persona; a handful is normally enough. */
const MAX_DRAWS = 60;

/**
 * Weekly rounds for one class, oldest first. The newest closed a day before `now`, so a teacher trying the demo
 * (in the tab or the Agents Playground) can open a fresh check-in at once.
 */
export function demoRounds(schoolClass: SchoolClass, classCode: string, now: Date): DemoRound[] {
  const latestOpens = Math.floor((now.getTime() - (OPEN_DAYS + 1) * DAY_MS) / HOUR_MS) * HOUR_MS;
  const rounds: DemoRound[] = [];
  for (let r = 0; r < DEMO_ROUNDS; r++) {
    const opensAt = new Date(latestOpens - (DEMO_ROUNDS - 1 - r) * 7 * DAY_MS).toISOString();
    const closesAt = new Date(Date.parse(opensAt) + OPEN_DAYS * DAY_MS).toISOString();
    rounds.push({
      round: {
        tenantId: schoolClass.tenantId,
        classId: schoolClass.classId,
        roundId: demoIds.roundId(classCode, opensAt),
        questions: CORE_QUESTIONS,
        opensAt,
        closesAt,
        status: Date.parse(closesAt) <= now.getTime() ? "closed" : "open",
        delivery: "both",
        origin: "schedule:demo-weekly",
      },
      deliveries: [],
    });
  }
  return rounds;
}

interface DrawnHistory {
  answers: Answer[];
  rounds: DemoRound[];
}

/** Turns a persona's plan into this student's answers and deliveries on the class's rounds. */
function materialise(student: DemoStudent, plans: readonly RoundPlan[], rounds: readonly DemoRound[]): DrawnHistory {
  const { tenantId, classId, userId } = student.member;
  const answers: Answer[] = [];
  const own = rounds.map((r, i): DemoRound => {
    const plan = plans[i] ?? { kind: "missed" };
    const opens = Date.parse(r.round.opensAt);
    if (plan.kind === "answer") {
      const values: Record<string, number> = {};
      CORE_QUESTIONS.forEach((q, d) => (values[q.id] = plan.values[d] ?? 3));
      const answer: Answer = {
        tenantId,
        classId,
        roundId: r.round.roundId,
        studentId: userId,
        values,
        answeredAt: new Date(opens + plan.hoursAfterOpening * HOUR_MS).toISOString(),
      };
      if (plan.help) answer.help = plan.help;
      answers.push(answer);
    }
    const delivery = { studentId: userId, reached: plan.kind !== "unreached", at: r.round.opensAt };
    return { round: r.round, deliveries: [delivery] };
  });
  return { answers, rounds: own };
}

/**
 * Draws each student's history and keeps the first draw whose replay tells the persona's story (for example,
 * a thriving student is never flagged). Appends deliveries to `rounds` and returns the answers. `seen` counts
 * students per persona across classes.
 */
export function drawClassHistory(
  students: readonly DemoStudent[],
  rounds: DemoRound[],
  random: Random,
  thresholds: Thresholds,
  seen: Map<string, number>,
): Answer[] {
  const index = new Map(rounds.map((r, i) => [r.round.roundId, i]));
  const roundIndex = (id: string) => index.get(id) ?? -1;
  const answers: Answer[] = [];
  for (const student of students) {
    // The school's n-th student of a persona gets variant n: sudden drops spread over belonging, energy and mood.
    const variant = seen.get(student.persona) ?? 0;
    seen.set(student.persona, variant + 1);
    let drawn: DrawnHistory | undefined;
    for (let attempt = 0; attempt < MAX_DRAWS; attempt++) {
      drawn = materialise(student, planPersona(student.persona, random, variant, student.locale), rounds);
      const { tenantId, classId, userId, name } = student.member;
      const replayed = replayStudent(
        {
          tenantId,
          classId,
          studentId: userId,
          studentName: name,
          rounds: drawn.rounds,
          answers: new Map(drawn.answers.map((a) => [a.roundId, a])),
        },
        thresholds,
      );
      if (personaHolds(student.persona, replayed, roundIndex)) break;
    }
    if (!drawn) continue;
    answers.push(...drawn.answers);
    drawn.rounds.forEach((r, i) => rounds[i]?.deliveries.push(...r.deliveries));
  }
  return answers;
}
