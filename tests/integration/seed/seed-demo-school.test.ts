import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { createTableStores } from "../../../src/adapters/azure-tables/create-table-stores.js";
import { buildDemoSchool } from "../../../src/domain/demo/build-demo-school.js";
import type { DemoSchool } from "../../../src/domain/demo/demo-school.js";
import { replayDemoSchool, type ReplayedStudent } from "../../../src/domain/demo/replay-history.js";
import { isActive } from "../../../src/domain/scoring/flag.js";
import { DEFAULT_THRESHOLDS } from "../../../src/domain/scoring/thresholds.js";
import type { Stores } from "../../../src/ports/stores.js";
import { seedDemoSchool, type DemoSummary } from "../../../src/use-cases/seed-demo-school.js";
import { snapshotDemoRows } from "./snapshot-demo-rows.js";

const now = new Date("2025-03-12T10:30:00.000Z");
let stores: Stores;
let tenantId: string;
let school: DemoSchool;
let replayed: ReplayedStudent[];
let summary: DemoSummary;

beforeAll(async () => {
  stores = await createTableStores(inject("storageConnectionString"));
  tenantId = `t-${randomUUID()}`;
  school = buildDemoSchool(tenantId, now);
  replayed = replayDemoSchool(school, DEFAULT_THRESHOLDS);
  summary = await seedDemoSchool(stores, { tenantId, now });
});

const storedFlag = async (studentId: string, classId: string) => {
  const state = await stores.studentStates.get(tenantId, classId, studentId);
  const flagId = state?.value.flagId;
  return flagId ? (await stores.flags.get(tenantId, studentId, flagId))?.value : undefined;
};
const studentsOf = (persona: string) => school.students.filter((s) => s.persona === persona).map((s) => s.member);

describe("seeding the demo school into Azure Tables (Azurite)", () => {
  it("stores exactly the states and flags a replay of the history through the rules produces", async () => {
    for (const [i, { member }] of school.students.entries()) {
      const expected = replayed[i]!;
      const state = await stores.studentStates.get(tenantId, member.classId, member.userId);
      expect(state?.value, member.userId).toEqual(expected.state);
      const flags = await stores.flags.listStudent(tenantId, member.userId);
      expect(flags, member.userId).toEqual(expected.flag ? [expected.flag] : []);
    }
  });

  it("flags a help request with severity 3", async () => {
    for (const s of studentsOf("helpRequest")) {
      const flag = await storedFlag(s.userId, s.classId);
      expect(flag?.severity).toBe(3);
      expect(flag?.reasons.map((r) => r.kind)).toContain("helpRequest");
    }
  });

  it("flags silent students for silence", async () => {
    for (const s of studentsOf("silent")) {
      expect((await storedFlag(s.userId, s.classId))?.reasons.map((r) => r.kind)).toContain("silence");
    }
  });

  it("flags a sudden drop as a low score or a drop", async () => {
    for (const s of studentsOf("suddenDrop")) {
      const kinds = (await storedFlag(s.userId, s.classId))?.reasons.map((r) => r.kind) ?? [];
      expect(kinds.length).toBeGreaterThan(0);
      expect(kinds.every((k) => k === "lowScore" || k === "drop")).toBe(true);
    }
  });

  it("leaves thriving students unflagged", async () => {
    for (const s of studentsOf("thriving")) {
      expect(await stores.flags.listStudent(tenantId, s.userId)).toEqual([]);
    }
  });

  it("lists each mentor's students, flagged ones among them, in one query", async () => {
    for (const mentor of school.staff.filter((s) => s.role === "mentor")) {
      const mine = await stores.mentorships.studentsOf(tenantId, mentor.staff.userId);
      expect(mine.length).toBeGreaterThan(10);
      const flags = await Promise.all(mine.map((m) => storedFlag(m.studentId, m.classId)));
      expect(flags.some((f) => isActive(f))).toBe(true);
    }
  });

  it("stores six rounds per class, newest first, with every answer and delivery", async () => {
    for (const c of school.classes) {
      const rounds = await stores.rounds.latest(tenantId, c.classId, 10);
      expect(rounds.map((r) => r.status)).toEqual(["closed", "closed", "closed", "closed", "closed", "closed"]);
      for (const round of rounds) {
        const answers = await stores.answers.listRound(tenantId, round.roundId);
        expect(answers).toHaveLength(school.answers.filter((a) => a.roundId === round.roundId).length);
        const deliveries = await stores.deliveries.listRound(tenantId, round.roundId);
        expect(deliveries.filter((d) => d.recipientId !== "channel")).toHaveLength(25);
      }
    }
  });

  it("keeps each student's answer history for the trend", async () => {
    const student = school.students[0]!.member;
    const history = await stores.answers.history(tenantId, student.userId, 10);
    const expected = school.answers.filter((a) => a.studentId === student.userId).reverse();
    expect(history).toEqual(expected);
  });

  it("knows its classes, staff and coordinator, and summarises who can sign in", async () => {
    expect((await stores.classes.list(tenantId)).map((c) => c.classId).sort()).toEqual(
      summary.classes.map((c) => c.classId).sort(),
    );
    expect((await stores.staff.get(tenantId, school.coordinatorId))?.isCoordinator).toBe(true);
    expect(summary.students).toBe(100);
    expect(summary.flaggedStudents).toBe(replayed.filter((r) => isActive(r.flag)).length);
    const roles = summary.signInUsers.map((u) => u.role);
    expect(roles.filter((r) => r === "mentor")).toHaveLength(6);
    expect(roles.filter((r) => r === "student")).toHaveLength(2);
    expect(roles).toContain("teacher");
    expect(roles).toContain("coordinator");
    const conversation = await stores.conversations.get(tenantId, summary.signInUsers[0]!.userId);
    expect(conversation?.serviceUrl).toBe("http://127.0.0.1:56150/_connector");
  });

  it("changes nothing when seeded again, even on a later day (persisted Azurite data)", async () => {
    const before = await snapshotDemoRows(stores, school);
    const again = await seedDemoSchool(stores, { tenantId, now: new Date(now.getTime() + 3 * 86_400_000) });
    expect(again).toEqual(summary);
    expect(await snapshotDemoRows(stores, school)).toEqual(before);
  });
});

describe("a demo seed interrupted before the end", () => {
  it("is completed on the next start, leaving what the rules produce", async () => {
    const tenant = `t-${randomUUID()}`;
    const partial = buildDemoSchool(tenant, now);
    const expected = replayDemoSchool(partial, DEFAULT_THRESHOLDS);
    const [first] = partial.students;
    // Rows an earlier run wrote before it stopped: a stale state and a class; no coordinator yet.
    await stores.classes.save(partial.classes[0]!);
    await stores.studentStates.put({ ...expected[0]!.state, trend: [], countedRounds: [] }, undefined);
    await seedDemoSchool(stores, { tenantId: tenant, now });
    const state = await stores.studentStates.get(tenant, first!.member.classId, first!.member.userId);
    expect(state?.value).toEqual(expected[0]!.state);
    expect(await stores.staff.get(tenant, partial.coordinatorId)).toBeDefined();
  });
});
