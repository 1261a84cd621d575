import { describe, expect, it } from "vitest";
import type { Stores } from "../../../../src/ports/stores.js";
import { answer, newTenant, round } from "./fixtures.js";

const OPENS = "2025-03-03T08:00:00.000Z";

/** Behaviour every RoundStore, AnswerStore and DeliveryStore must show. */
export function surveyStoreContract(stores: () => Stores): void {
  describe("rounds", () => {
    it("a round is created once: the same round id again returns false and changes nothing", async () => {
      const tenant = newTenant();
      const first = round(tenant, "class-a", "round-1", OPENS);
      expect(await stores().rounds.create(first)).toBe(true);
      expect(await stores().rounds.create({ ...first, origin: "schedule:other" })).toBe(false);
      expect(await stores().rounds.get(tenant, "class-a", "round-1")).toEqual(first);
      expect(await stores().rounds.latest(tenant, "class-a", 10)).toHaveLength(1);
    });

    it("latest rounds come newest first by opening time, whatever their ids", async () => {
      const tenant = newTenant();
      const weeks = ["2025-02-17", "2025-03-03", "2025-02-24", "2025-03-10"];
      for (const [i, day] of weeks.entries()) {
        await stores().rounds.create(round(tenant, "class-a", `zz-${i}`, `${day}T08:00:00.000Z`));
      }
      await stores().rounds.create(round(tenant, "class-b", "other", "2025-04-01T08:00:00.000Z"));
      const latest = await stores().rounds.latest(tenant, "class-a", 3);
      expect(latest.map((r) => r.opensAt.slice(0, 10))).toEqual(["2025-03-10", "2025-03-03", "2025-02-24"]);
    });

    it("a closed round reads as closed by id and in the latest list", async () => {
      const tenant = newTenant();
      await stores().rounds.create(round(tenant, "class-a", "round-1", OPENS));
      await stores().rounds.close(tenant, "class-a", "round-1");
      await stores().rounds.close(tenant, "class-a", "round-1");
      expect((await stores().rounds.get(tenant, "class-a", "round-1"))?.status).toBe("closed");
      expect((await stores().rounds.latest(tenant, "class-a", 1))[0]?.status).toBe("closed");
    });
  });

  describe("answers", () => {
    it("when a student answers, one answer is stored, in the round and in the student's history", async () => {
      const tenant = newTenant();
      const given = answer(tenant, "round-1", "s1", { "mood-week": 4 });
      expect(await stores().answers.save(given, OPENS)).toBe("created");
      expect(await stores().answers.get(tenant, "round-1", "s1")).toEqual(given);
      expect(await stores().answers.listRound(tenant, "round-1")).toEqual([given]);
      expect(await stores().answers.history(tenant, "s1", 10)).toEqual([given]);
    });

    it("when the same answer arrives several times at once, one row is stored and created is reported once", async () => {
      const tenant = newTenant();
      const given = { ...answer(tenant, "round-1", "s1", { "mood-week": 2 }), help: { target: "mentor" as const } };
      const duplicates = Array.from({ length: 4 }, (_, i) => ({ ...given, answeredAt: `2025-03-03T09:00:0${i}.000Z` }));
      const results = await Promise.all(duplicates.map((a) => stores().answers.save(a, OPENS)));
      expect(results.filter((r) => r === "created")).toHaveLength(1);
      expect(results.filter((r) => r === "unchanged")).toHaveLength(3);
      expect(await stores().answers.listRound(tenant, "round-1")).toHaveLength(1);
      expect(await stores().answers.history(tenant, "s1", 10)).toHaveLength(1);
    });

    it("a changed answer replaces the earlier one, also in the history", async () => {
      const tenant = newTenant();
      await stores().answers.save(answer(tenant, "round-1", "s1", { "mood-week": 4, "energy-week": 3 }), OPENS);
      const changed = answer(tenant, "round-1", "s1", { "mood-week": 1, "energy-week": 3 });
      expect(await stores().answers.save(changed, OPENS)).toBe("replaced");
      expect(await stores().answers.save({ ...changed, values: { "energy-week": 3, "mood-week": 1 } }, OPENS)).toBe(
        "unchanged",
      );
      expect(await stores().answers.save({ ...changed, help: { target: "anyone" } }, OPENS)).toBe("replaced");
      expect((await stores().answers.get(tenant, "round-1", "s1"))?.help).toEqual({ target: "anyone" });
      expect(await stores().answers.history(tenant, "s1", 10)).toEqual([{ ...changed, help: { target: "anyone" } }]);
    });

    it("when two different answers race, one row remains and the history copy matches it", async () => {
      const tenant = newTenant();
      const first = answer(tenant, "round-1", "s1", { "mood-week": 1 });
      const second = answer(tenant, "round-1", "s1", { "mood-week": 5 });
      const results = await Promise.all([stores().answers.save(first, OPENS), stores().answers.save(second, OPENS)]);
      expect([...results].sort()).toEqual(["created", "replaced"]);
      const stored = await stores().answers.listRound(tenant, "round-1");
      expect(stored).toHaveLength(1);
      expect(await stores().answers.history(tenant, "s1", 10)).toEqual(stored);
    });

    it("a student's history lists answers newest round first, up to the limit", async () => {
      const tenant = newTenant();
      const opens = ["2025-02-17", "2025-03-03", "2025-02-24"];
      for (const [i, day] of opens.entries()) {
        await stores().answers.save(answer(tenant, `round-${i}`, "s1", { "mood-week": i + 1 }), `${day}T08:00:00Z`);
      }
      const history = await stores().answers.history(tenant, "s1", 2);
      expect(history.map((a) => a.roundId)).toEqual(["round-1", "round-2"]);
      expect(await stores().answers.history(tenant, "s2", 2)).toEqual([]);
    });
  });

  describe("deliveries", () => {
    it("a delivery's latest state is kept per recipient and listed per round", async () => {
      const tenant = newTenant();
      const base = { tenantId: tenant, roundId: "round-1", updatedAt: OPENS };
      await stores().deliveries.save({ ...base, recipientId: "s1", status: "pending" });
      await stores().deliveries.save({ ...base, recipientId: "s1", status: "sent", activityId: "act-1" });
      await stores().deliveries.save({ ...base, recipientId: "s2", status: "failed", reason: "http503" });
      expect(await stores().deliveries.get(tenant, "round-1", "s1")).toEqual({
        ...base,
        recipientId: "s1",
        status: "sent",
        activityId: "act-1",
      });
      expect((await stores().deliveries.listRound(tenant, "round-1")).map((d) => d.status)).toEqual(["sent", "failed"]);
    });
  });
}
