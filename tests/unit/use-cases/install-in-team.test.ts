import { describe, expect, it } from "vitest";
import { createMemoryStores } from "../../../src/adapters/memory/create-memory-stores.js";
import { GraphTeamOwnerDirectory } from "../../../src/adapters/graph/graph-team-owner-directory.js";
import type { RosterEntry } from "../../../src/ports/messaging.js";
import { addTeamMembers } from "../../../src/use-cases/add-team-members.js";
import { DEFAULT_TIME_ZONE, installInTeam } from "../../../src/use-cases/install-in-team.js";
import { FixedRoster } from "../bot/recording-sender.js";

const entry = (userId: string, name: string, userRole = "user"): RosterEntry => ({
  teamsUserId: `29:${userId}`,
  userId,
  name,
  userRole,
});
const input = {
  tenantId: "t1",
  classId: "group-1",
  teamId: "19:team@thread.tacv2",
  teamName: "GF1 A",
  serviceUrl: "https://smba.trafficmanager.net/emea/",
};

describe("installInTeam", () => {
  it("stores the class with its General channel and Copenhagen time, the installer as teacher, the rest as students", async () => {
    const stores = createMemoryStores();
    const roster = new FixedRoster([
      entry("teacher", "Ida"),
      entry("s1", "Freja"),
      entry("s2", "Noah"),
      { ...entry("", "Guest"), userRole: "anonymous" },
    ]);
    const owners = new GraphTeamOwnerDirectory("https://graph.microsoft.com/v1.0", stores);
    const result = await installInTeam({ stores, roster, owners }, { ...input, installerUserId: "teacher" });
    expect(result).toMatchObject({ students: 2, teachers: 1 });
    expect(await stores.classes.get("t1", "group-1")).toMatchObject({
      channelConversationId: input.teamId,
      timeZone: DEFAULT_TIME_ZONE,
      installed: true,
      name: "GF1 A",
    });
    const members = await stores.members.list("t1", "group-1");
    expect(Object.fromEntries(members.map((m) => [m.userId, m.role]))).toEqual({
      teacher: "teacher",
      s1: "student",
      s2: "student",
    });
  });

  it("members Teams marks as owners are teachers too, and a re-install keeps the class's settings", async () => {
    const stores = createMemoryStores();
    const owners = new GraphTeamOwnerDirectory("https://graph.microsoft.com/v1.0", stores);
    await installInTeam({ stores, roster: new FixedRoster([entry("a", "A")]), owners }, input);
    const stored = await stores.classes.get("t1", "group-1");
    await stores.classes.save({ ...stored!, level: "GF1", timeZone: "Europe/Stockholm" });
    const roster = new FixedRoster([entry("a", "A"), entry("b", "B", "owner")]);
    await installInTeam({ stores, roster, owners }, { ...input, teamName: "" });
    expect(await stores.classes.get("t1", "group-1")).toMatchObject({
      level: "GF1",
      timeZone: "Europe/Stockholm",
      name: "GF1 A",
    });
    expect((await stores.members.get("t1", "group-1", "b"))?.role).toBe("teacher");
  });

  it("a member added later is stored from the roster; one already a teacher stays a teacher", async () => {
    const stores = createMemoryStores();
    const owners = new GraphTeamOwnerDirectory("https://graph.microsoft.com/v1.0", stores);
    const roster = new FixedRoster([entry("teacher", "Ida")]);
    await installInTeam({ stores, roster, owners }, { ...input, installerUserId: "teacher" });
    roster.entries = [entry("teacher", "Ida"), entry("late", "Sofie")];
    const added = await addTeamMembers(
      { stores, roster, owners },
      { tenantId: "t1", teamId: input.teamId, serviceUrl: input.serviceUrl, teamsUserIds: ["29:late", "29:teacher"] },
    );
    expect(added).toBe(2);
    expect((await stores.members.get("t1", "group-1", "late"))?.role).toBe("student");
    expect((await stores.members.get("t1", "group-1", "teacher"))?.role).toBe("teacher");
  });
});
