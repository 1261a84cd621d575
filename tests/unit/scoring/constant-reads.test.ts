import { describe, expect, it } from "vitest";
import type { Round } from "../../../src/domain/survey/round.js";
import type { Stores } from "../../../src/ports/stores.js";
import { recordAnswer } from "../../../src/use-cases/record-answer.js";
import { memorySchool, sequentialIds, TENANT, type MemorySchool } from "../bot/memory-school.js";

/** Wraps every store in a proxy that counts calls per "store.method", so a test can compare two runs. */
function countingStores(stores: Stores): { stores: Stores; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const wrapped = Object.fromEntries(
    Object.entries(stores).map(([name, store]) => [
      name,
      new Proxy(store as object, {
        get(target, prop, receiver) {
          const value = Reflect.get(target, prop, receiver) as unknown;
          if (typeof value !== "function") return value;
          return (...args: unknown[]) => {
            const key = `${name}.${String(prop)}`;
            calls.set(key, (calls.get(key) ?? 0) + 1);
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        },
      }),
    ]),
  ) as unknown as Stores;
  return { stores: wrapped, calls };
}

const WEEK = 7 * 86_400_000;
const VALUES = { "mood-week": 4, "belonging-class": 4, "energy-week": 4 };

/** A student who has answered `earlier` weekly rounds, then the storage calls of one more answer. */
async function callsForOneMoreAnswer(earlier: number): Promise<Map<string, number>> {
  const school: MemorySchool = await memorySchool();
  const ids = sequentialIds("flag");
  const roundAt = async (i: number): Promise<Round> => {
    const opensAt = new Date(school.now.getTime() + i * WEEK);
    const round: Round = {
      ...school.round,
      roundId: `round-w${i}`,
      opensAt: opensAt.toISOString(),
      closesAt: new Date(opensAt.getTime() + 48 * 3_600_000).toISOString(),
    };
    await school.stores.rounds.create(round);
    return round;
  };
  const answer = async (stores: Stores, round: Round) => {
    const clock = { now: () => new Date(Date.parse(round.opensAt) + 3_600_000) };
    const submitted = { values: VALUES };
    const input = { tenantId: TENANT, classId: round.classId, roundId: round.roundId, studentId: "s-emma", submitted };
    const result = await recordAnswer({ stores, queues: school.queues, clock, ids }, input);
    expect(result.ok).toBe(true);
  };
  for (let i = 0; i < earlier; i++) await answer(school.stores, await roundAt(i));
  const last = await roundAt(earlier);
  const counting = countingStores(school.stores);
  await answer(counting.stores, last);
  return counting.calls;
}

describe("evaluating a student after an answer", () => {
  it("makes the same storage calls for a student with 1 and with 50 earlier answers (the state row, not history)", async () => {
    const one = await callsForOneMoreAnswer(1);
    const fifty = await callsForOneMoreAnswer(50);
    expect(Object.fromEntries(fifty)).toEqual(Object.fromEntries(one));
    // Rules read the state row once and never the answer history.
    expect(fifty.get("studentStates.get")).toBe(1);
    expect(fifty.get("answers.history")).toBeUndefined();
    expect(fifty.get("answers.listRound")).toBeUndefined();
  });
});
