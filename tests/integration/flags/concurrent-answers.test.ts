import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createTableStores } from "../../../src/adapters/azure-tables/create-table-stores.js";
import { DEFAULT_THRESHOLDS } from "../../../src/domain/scoring/thresholds.js";
import type { Answer } from "../../../src/domain/survey/answer.js";
import { CORE_QUESTIONS } from "../../../src/domain/survey/question-bank.js";
import type { Round } from "../../../src/domain/survey/round.js";
import type { Stores } from "../../../src/ports/stores.js";
import { applyAnswerToState } from "../../../src/use-cases/apply-answer-to-state.js";

let stores: Stores;
beforeAll(async () => {
  stores = await createTableStores(inject("storageConnectionString"));
});

const round = (tenantId: string, n: number): Round => ({
  tenantId,
  classId: "class-c",
  roundId: `round-${n}`,
  questions: CORE_QUESTIONS,
  opensAt: new Date(Date.UTC(2030, 0, 1 + 7 * n)).toISOString(),
  closesAt: new Date(Date.UTC(2030, 0, 3 + 7 * n)).toISOString(),
  status: "open",
  delivery: "personal",
  origin: "manual:test",
});

const answerTo = (r: Round, studentId: string, value: number): Answer => ({
  tenantId: r.tenantId,
  classId: r.classId,
  roundId: r.roundId,
  studentId,
  values: Object.fromEntries(CORE_QUESTIONS.map((q) => [q.id, value])),
  answeredAt: r.opensAt,
});

describe("two answers for one student processed at the same time (Azurite)", () => {
  it("leave one consistent state row that counts both, and at most one flag", async () => {
    const tenantId = randomUUID();
    let n = 0;
    const ids = { next: () => `flag-${++n}` };
    const deps = { stores, ids, thresholds: DEFAULT_THRESHOLDS };
    for (let pair = 0; pair < 5; pair++) {
      const studentId = `s-${pair}`;
      const [a, b] = [round(tenantId, 2 * pair), round(tenantId, 2 * pair + 1)];
      // Both low, so both also race on the flag row: the ETag on each write makes one of them retry.
      await Promise.all([
        applyAnswerToState(deps, a, answerTo(a, studentId, 1), "x"),
        applyAnswerToState(deps, b, answerTo(b, studentId, 1), "x"),
      ]);
      const state = (await stores.studentStates.get(tenantId, "class-c", studentId))!.value;
      expect([...state.countedRounds].sort()).toEqual([a.roundId, b.roundId].sort());
      expect(state.trend).toHaveLength(2);
      for (const values of Object.values(state.recent)) expect(values).toHaveLength(2);
      const flags = await stores.flags.listStudent(tenantId, studentId);
      expect(flags).toHaveLength(1);
      expect(state.flagId).toBe(flags[0]?.flagId);
      expect(new Set(flags[0]!.reasons.map((r) => r.roundId))).toEqual(new Set([a.roundId, b.roundId]));
    }
  });
});
