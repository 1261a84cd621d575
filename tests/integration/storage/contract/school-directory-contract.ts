import { describe, expect, it } from "vitest";
import type { Stores } from "../../../../src/ports/stores.js";
import { member, newTenant, schoolClass } from "./fixtures.js";

/** Behaviour every ClassStore, MemberStore, MentorshipStore, StaffStore and ConversationStore must show. */
export function schoolDirectoryContract(stores: () => Stores): void {
  describe("classes", () => {
    it("a saved class is read back, listed, and found by its Teams team id", async () => {
      const tenant = newTenant();
      const saved = schoolClass(tenant, "class-a");
      await stores().classes.save(saved);
      await stores().classes.save(schoolClass(tenant, "class-b"));
      expect(await stores().classes.get(tenant, "class-a")).toEqual(saved);
      expect((await stores().classes.list(tenant)).map((c) => c.classId)).toEqual(["class-a", "class-b"]);
      expect(await stores().classes.findByTeamId(tenant, saved.teamId)).toEqual(saved);
      expect(await stores().classes.findByTeamId(tenant, "19:unknown@thread.tacv2")).toBeUndefined();
    });

    it("an uninstalled class is kept but marked so nothing is sent there", async () => {
      const tenant = newTenant();
      await stores().classes.save(schoolClass(tenant, "class-a"));
      await stores().classes.markUninstalled(tenant, "class-a");
      await stores().classes.markUninstalled(tenant, "class-missing");
      expect((await stores().classes.get(tenant, "class-a"))?.installed).toBe(false);
    });

    it("ids with characters Azure Tables forbids in keys are stored safely", async () => {
      const tenant = newTenant();
      const odd = schoolClass(tenant, "19:a/b\\c#d?e|f%g@thread.tacv2");
      await stores().classes.save(odd);
      expect(await stores().classes.get(tenant, odd.classId)).toEqual(odd);
    });
  });

  describe("members", () => {
    it("replacing a roster removes leavers from the class and from their own list of classes", async () => {
      const tenant = newTenant();
      const members = stores().members;
      await members.replaceRoster(tenant, "class-a", [
        member(tenant, "class-a", "ada"),
        member(tenant, "class-a", "bo"),
      ]);
      await members.upsert(member(tenant, "class-b", "bo"));
      await members.replaceRoster(tenant, "class-a", [
        member(tenant, "class-a", "ada"),
        member(tenant, "class-a", "cy", "teacher"),
      ]);
      expect((await members.list(tenant, "class-a")).map((m) => m.userId)).toEqual(["ada", "cy"]);
      expect(await members.get(tenant, "class-a", "bo")).toBeUndefined();
      expect((await members.classesOf(tenant, "bo")).map((m) => m.classId)).toEqual(["class-b"]);
      expect((await members.classesOf(tenant, "cy")).map((m) => [m.classId, m.role])).toEqual([["class-a", "teacher"]]);
    });

    it("a user listed twice in a roster is stored once, as the last entry says", async () => {
      const tenant = newTenant();
      await stores().members.replaceRoster(tenant, "class-a", [
        member(tenant, "class-a", "ada"),
        member(tenant, "class-a", "ada", "teacher"),
      ]);
      expect((await stores().members.list(tenant, "class-a")).map((m) => m.role)).toEqual(["teacher"]);
    });

    it("a roster larger than one 100-row batch is stored whole", async () => {
      const tenant = newTenant();
      const roster = Array.from({ length: 130 }, (_, i) => member(tenant, "class-a", `s${String(i).padStart(3, "0")}`));
      await stores().members.replaceRoster(tenant, "class-a", roster);
      expect(await stores().members.list(tenant, "class-a")).toHaveLength(130);
      await stores().members.replaceRoster(tenant, "class-a", roster.slice(0, 3));
      expect(await stores().members.list(tenant, "class-a")).toHaveLength(3);
      expect(await stores().members.classesOf(tenant, "s100")).toEqual([]);
    });
  });

  describe("mentorships", () => {
    it("a mentorship is readable from the mentor's and from the student's side", async () => {
      const tenant = newTenant();
      const base = { tenantId: tenant, classId: "class-a", mentorName: "Mette Mentor" };
      await stores().mentorships.save({ ...base, mentorId: "m1", studentId: "s1", studentName: "Ada", role: "mentor" });
      await stores().mentorships.save({ ...base, mentorId: "m1", studentId: "s2", studentName: "Bo", role: "mentor" });
      await stores().mentorships.save({ ...base, mentorId: "m2", studentId: "s1", studentName: "Ada", role: "sps" });
      expect((await stores().mentorships.studentsOf(tenant, "m1")).map((m) => m.studentId)).toEqual(["s1", "s2"]);
      expect((await stores().mentorships.mentorsOf(tenant, "s1")).map((m) => [m.mentorId, m.role])).toEqual([
        ["m1", "mentor"],
        ["m2", "sps"],
      ]);
    });
  });

  describe("staff and conversations", () => {
    it("staff are saved, read and listed per school", async () => {
      const tenant = newTenant();
      const coordinator = { tenantId: tenant, userId: "u1", name: "Karin Koordinator", isCoordinator: true };
      await stores().staff.save(coordinator);
      expect(await stores().staff.get(tenant, "u1")).toEqual(coordinator);
      expect(await stores().staff.list(tenant)).toEqual([coordinator]);
      expect(await stores().staff.list(newTenant())).toEqual([]);
    });

    it("a personal conversation is stored and can be marked uninstalled", async () => {
      const tenant = newTenant();
      const conversation = {
        tenantId: tenant,
        userId: "u1",
        teamsUserId: "29:u1",
        serviceUrl: "https://smba.trafficmanager.net/emea/",
        conversationId: "a:1xyz",
        locale: "da-DK",
        installed: true,
      };
      await stores().conversations.save(conversation);
      expect(await stores().conversations.get(tenant, "u1")).toEqual(conversation);
      await stores().conversations.markUninstalled(tenant, "u1");
      expect(await stores().conversations.get(tenant, "u1")).toEqual({ ...conversation, installed: false });
    });
  });
}
