import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPlainNote } from "../../../src/domain/survey/answer-validation.js";
import { HELP_NOTE_MAX_LENGTH, HELP_TARGETS } from "../../../src/domain/survey/answer.js";
import { answerValues } from "../../../src/domain/survey/items/index.js";
import type { Round } from "../../../src/domain/survey/round.js";
import { startTestApp, type TestApp } from "../../support/start-test-app.js";
import { person, team } from "../../support/teams-activities.js";

/**
 * Property: whatever a tampered or stale client puts in an `adaptiveCard/action` invoke, POST /api/messages never
 * answers 5xx, and no answer row that breaks the survey's rules is ever written for the round.
 */
let t: TestApp;
let round: Round;
const teacher = person("Ida Lærer");
const noor = person("Noor Dal", "da-DK");
const other = person("Otto Sand");
const classA = team("GF1 Q");
const classB = team("GF1 R");

beforeAll(async () => {
  t = await startTestApp();
  t.setRoster(classA, [{ person: teacher }, { person: noor }]);
  t.setRoster(classB, [{ person: teacher }, { person: other }]);
  await t.post(t.activities.installInTeam(classA, teacher));
  await t.post(t.activities.installInTeam(classB, teacher));
  await t.post(t.activities.channelMessage(classA, teacher, "check in"));
  const [opened] = await t.app.stores.rounds.latest(t.tenantId, classA.classId, 1);
  round = opened!;
});
afterAll(async () => {
  await t?.stop();
});

const anyJson = fc.anything({ maxDepth: 2, withNullPrototype: false });
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "[click](https://evil.example)",
    "![x](javascript:alert(1))",
    "**bold** _it_",
    "x".repeat(HELP_NOTE_MAX_LENGTH + 1),
    "ok note",
    "\u202eevil",
  ),
);
const value = fc.oneof(
  fc.constantFrom("1", "2", "3", "4", "5", "0", "6", "2.5", "", "-1", "05"),
  fc.integer(),
  anyJson,
);

/** A survey answer payload, each field either right or mutated. */
const payload = fc.record(
  {
    roundId: fc.oneof(fc.constant("ROUND"), fc.string({ maxLength: 300 }), anyJson),
    classId: fc.oneof(fc.constant("A"), fc.constant("B"), fc.string(), anyJson),
    "q.mood-week": value,
    "q.belonging-class": value,
    "q.energy-week": value,
    "q.injected": value,
    help: fc.oneof(fc.constantFrom("true", "false", true), anyJson),
    helpTarget: fc.oneof(fc.constantFrom(...HELP_TARGETS, "principal"), anyJson),
    helpNote: fc.oneof(hostileText, anyJson),
  },
  { requiredKeys: [] },
);
const verb = fc.oneof(
  fc.constantFrom("survey.answer", "survey.change", "survey.refresh", "survey.delete", ""),
  fc.string({ maxLength: 200 }),
);

function resolve(data: Record<string, unknown>): Record<string, unknown> {
  return {
    ...data,
    ...(data.roundId === "ROUND" ? { roundId: round.roundId } : {}),
    ...(data.classId === "A" ? { classId: classA.classId } : data.classId === "B" ? { classId: classB.classId } : {}),
  };
}

describe("tampered invokes at POST /api/messages (fast-check, real HTTP)", () => {
  it("never answer 5xx and never write an answer row that breaks the rules", async () => {
    const sender = fc.constantFrom(noor, other, teacher);
    const asInvoke = fc
      .record({ from: sender, verb, data: payload })
      .map(({ from, verb, data }) => t.activities.invoke(from, verb, resolve(data as Record<string, unknown>)));
    const rawValue = fc.record({ from: sender, value: anyJson }).map(({ from, value }) => {
      const activity = t.activities.invoke(from, "survey.answer", {});
      return { ...activity, value };
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(asInvoke, asInvoke, rawValue), async (activity) => {
        const response = await t.post(activity);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );

    const rows = await t.app.stores.answers.listRound(t.tenantId, round.roundId);
    expect(rows.length).toBeLessThanOrEqual(1);
    for (const row of rows) {
      expect(row.studentId).toBe(noor.userId);
      expect(row.classId).toBe(classA.classId);
      for (const [questionId, raw] of Object.entries(row.values)) {
        const question = round.questions.find((q) => q.id === questionId);
        expect(question, questionId).toBeDefined();
        expect(answerValues(question!)).toContain(raw);
      }
      if (row.help) {
        expect(HELP_TARGETS).toContain(row.help.target);
        const note = row.help.note ?? "";
        expect(note.length).toBeLessThanOrEqual(HELP_NOTE_MAX_LENGTH);
        expect(isPlainNote(note)).toBe(true);
      } else {
        expect(Object.keys(row.values).sort()).toEqual(round.questions.map((q) => q.id).sort());
      }
    }
    expect(await t.app.stores.answers.listRound(t.tenantId, `${round.roundId}x`)).toEqual([]);
  });
});
