import { describe, expect, it } from "vitest";
import { BUILT_IN_ACTION_CARDS } from "../../../../src/domain/action-cards/built-in-cards.js";
import { ConcurrentChangeError } from "../../../../src/ports/case-stores.js";
import type { Stores } from "../../../../src/ports/stores.js";
import { aCase, flag, newTenant, studentState } from "./fixtures.js";

/** Behaviour every StudentStateStore, FlagStore, CaseStore, ActionCardStore, AuditLog and claim log must show. */
export function caseStoreContract(stores: () => Stores): void {
  describe("student states and flags", () => {
    it("a state is inserted without an ETag, then replaced only with the ETag it was read at", async () => {
      const tenant = newTenant();
      const state = studentState(tenant, "s1");
      await stores().studentStates.put(state, undefined);
      await expect(stores().studentStates.put(state, undefined)).rejects.toBeInstanceOf(ConcurrentChangeError);
      const read = await stores().studentStates.get(tenant, state.classId, "s1");
      expect(read?.value).toEqual(state);
      await stores().studentStates.put({ ...state, missedInRow: 1 }, read!.etag);
      await expect(stores().studentStates.put({ ...state, missedInRow: 2 }, read!.etag)).rejects.toThrow(
        ConcurrentChangeError,
      );
      expect((await stores().studentStates.listClass(tenant, state.classId)).map((s) => s.missedInRow)).toEqual([1]);
    });

    it("a flag written with a stale ETag is a concurrent change, and the newer flag stays", async () => {
      const tenant = newTenant();
      await stores().flags.put(flag(tenant, "s1"), undefined);
      const read = await stores().flags.get(tenant, "s1", "flag-1");
      await stores().flags.put({ ...read!.value, status: "acknowledged" }, read!.etag);
      await expect(stores().flags.put({ ...read!.value, status: "dismissed" }, read!.etag)).rejects.toBeInstanceOf(
        ConcurrentChangeError,
      );
      expect((await stores().flags.listStudent(tenant, "s1")).map((f) => f.status)).toEqual(["acknowledged"]);
    });
  });

  describe("cases", () => {
    it("a case is listed for its student and its owner, and creating it twice keeps one", async () => {
      const tenant = newTenant();
      const created = aCase(tenant, "s1", "case-1", "mentor-1");
      await stores().cases.create(created);
      await stores().cases.create(created);
      expect(await stores().cases.listStudent(tenant, "s1")).toEqual([created]);
      expect(await stores().cases.listOwner(tenant, "mentor-1")).toEqual([created]);
      expect(await stores().cases.listOwner(tenant, "mentor-2")).toEqual([]);
    });

    it("a new owner moves the case to the new owner's list", async () => {
      const tenant = newTenant();
      await stores().cases.create(aCase(tenant, "s1", "case-1", "mentor-1"));
      await stores().cases.create(aCase(tenant, "s2", "case-2", "mentor-1"));
      const read = await stores().cases.get(tenant, "s1", "case-1");
      const moved = { ...read!.value, ownerId: "counsellor-1", stepsDone: [0] };
      await stores().cases.update(moved, read!.etag);
      expect((await stores().cases.listOwner(tenant, "mentor-1")).map((c) => c.caseId)).toEqual(["case-2"]);
      expect(await stores().cases.listOwner(tenant, "counsellor-1")).toEqual([moved]);
      expect((await stores().cases.get(tenant, "s1", "case-1"))?.value).toEqual(moved);
    });

    it("a case updated with a stale ETag is a concurrent change", async () => {
      const tenant = newTenant();
      await stores().cases.create(aCase(tenant, "s1", "case-1", "mentor-1"));
      const read = await stores().cases.get(tenant, "s1", "case-1");
      await stores().cases.update({ ...read!.value, status: "inProgress" }, read!.etag);
      await expect(stores().cases.update({ ...read!.value, status: "closed" }, read!.etag)).rejects.toBeInstanceOf(
        ConcurrentChangeError,
      );
      expect((await stores().cases.listOwner(tenant, "mentor-1"))[0]?.status).toBe("inProgress");
    });
  });

  describe("action cards", () => {
    it("the library is the built-in cards with the school's own versions and cards merged in", async () => {
      const tenant = newTenant();
      const builtIn = BUILT_IN_ACTION_CARDS[0]!;
      const edited = { ...builtIn, dueInDays: builtIn.dueInDays + 1 };
      const own = { ...builtIn, cardId: "school-own-card", builtIn: false };
      await stores().actionCards.save(tenant, edited);
      await stores().actionCards.save(tenant, own);
      const library = await stores().actionCards.list(tenant);
      expect(library).toHaveLength(BUILT_IN_ACTION_CARDS.length + 1);
      expect(library[0]).toEqual({ ...edited, builtIn: false });
      expect(library.at(-1)).toEqual(own);
      expect(await stores().actionCards.get(tenant, "school-own-card")).toEqual(own);
      expect(await stores().actionCards.list(newTenant())).toEqual([...BUILT_IN_ACTION_CARDS]);
      expect(await stores().actionCards.get(newTenant(), builtIn.cardId)).toEqual(builtIn);
      expect(await stores().actionCards.get(tenant, "no-such-card")).toBeUndefined();
    });
  });

  describe("audit log and sent notifications", () => {
    it("audit events are listed per UTC day, newest first", async () => {
      const tenant = newTenant();
      const event = { tenantId: tenant, actorId: "m1", action: "read" as const, subjectStudentId: "s1", what: "trend" };
      await stores().audit.record({ ...event, at: "2025-03-03T08:00:00.000Z" });
      await stores().audit.record({ ...event, at: "2025-03-03T09:30:00.000Z", action: "change" });
      await stores().audit.record({ ...event, at: "2025-03-04T00:00:01.000Z" });
      const day = await stores().audit.listDay(tenant, "2025-03-03");
      expect(day.map((e) => e.at)).toEqual(["2025-03-03T09:30:00.000Z", "2025-03-03T08:00:00.000Z"]);
      expect(await stores().audit.listDay(tenant, "2025-03-04")).toHaveLength(1);
    });

    it("a notification key is claimed exactly once, even by concurrent workers", async () => {
      const tenant = newTenant();
      const claims = await Promise.all([1, 2, 3].map(() => stores().sentNotifications.claim(tenant, "newFlag|s1|f1")));
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await stores().sentNotifications.claim(tenant, "newFlag|s1|f2")).toBe(true);
      expect(await stores().sentNotifications.claim(newTenant(), "newFlag|s1|f1")).toBe(true);
    });
  });
}
