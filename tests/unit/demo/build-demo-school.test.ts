import { afterEach, describe, expect, it, vi } from "vitest";
import { buildDemoSchool } from "../../../src/domain/demo/build-demo-school.js";
import { PERSONAS } from "../../../src/domain/demo/demo-school.js";
import { validateAnswer } from "../../../src/domain/survey/answer-validation.js";
import { CORE_QUESTIONS } from "../../../src/domain/survey/question-bank.js";

const tenantId = "tenant-demo-unit";
const now = new Date("2025-03-12T10:30:00.000Z");
const school = buildDemoSchool(tenantId, now);

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

describe("the demo school", () => {
  afterEach(() => vi.restoreAllMocks());

  it("has 2 programmes and 4 classes, two GF1 and two GF2, all installed in the tenant", () => {
    expect(new Set(school.classes.map((c) => c.programme)).size).toBe(2);
    expect(school.classes.map((c) => c.level).sort()).toEqual(["GF1", "GF1", "GF2", "GF2"]);
    for (const c of school.classes) {
      expect(c.tenantId).toBe(tenantId);
      expect(c.installed).toBe(true);
      expect(c.serviceUrl).toBe("http://127.0.0.1:56150/_connector");
    }
  });

  it("has 100 students, 25 in each class, each a student member of their class", () => {
    expect(school.students).toHaveLength(100);
    for (const c of school.classes) {
      const members = school.members.filter((m) => m.classId === c.classId);
      expect(members.filter((m) => m.role === "student")).toHaveLength(25);
      expect(members.filter((m) => m.role === "teacher").length).toBeGreaterThanOrEqual(2);
    }
  });

  it("has 6 mentors, more teachers and one coordinator", () => {
    expect(school.staff.filter((s) => s.role === "mentor")).toHaveLength(6);
    expect(school.staff.filter((s) => s.role === "teacher").length).toBeGreaterThanOrEqual(1);
    const coordinators = school.staff.filter((s) => s.staff.isCoordinator);
    expect(coordinators.map((s) => s.staff.userId)).toEqual([school.coordinatorId]);
  });

  it("gives every student exactly one mentor, and some also a counsellor", () => {
    const mentors = new Set(school.staff.filter((s) => s.role === "mentor").map((s) => s.staff.userId));
    for (const { member } of school.students) {
      const links = school.mentorships.filter((m) => m.studentId === member.userId);
      const own = links.filter((m) => m.role === "mentor");
      expect(own).toHaveLength(1);
      expect(mentors.has(own[0]?.mentorId ?? "")).toBe(true);
      for (const link of links) expect(link.classId).toBe(member.classId);
    }
    expect(school.mentorships.filter((m) => m.role === "counsellor").length).toBeGreaterThan(0);
  });

  it("lets every mentor teach the classes of the students they mentor", () => {
    for (const m of school.mentorships.filter((x) => x.role === "mentor")) {
      const teaches = school.members.some((x) => x.classId === m.classId && x.userId === m.mentorId);
      expect(teaches, `${m.mentorName} in ${m.classId}`).toBe(true);
    }
  });

  it("has a personal conversation for every student and staff member", () => {
    const people = [...school.students.map((s) => s.member.userId), ...school.staff.map((s) => s.staff.userId)];
    expect(school.conversations.map((c) => c.userId).sort()).toEqual([...people].sort());
  });

  it("never repeats an id or a name", () => {
    expect(unique(school.classes.map((c) => c.classId))).toBe(true);
    expect(unique(school.classes.map((c) => c.teamId))).toBe(true);
    expect(unique([...school.students.map((s) => s.member.userId), ...school.staff.map((s) => s.staff.userId)])).toBe(
      true,
    );
    expect(unique([...school.students.map((s) => s.member.name), ...school.staff.map((s) => s.staff.name)])).toBe(true);
    expect(unique(school.conversations.map((c) => c.conversationId))).toBe(true);
    expect(unique(school.rounds.map((r) => r.round.roundId))).toBe(true);
    expect(unique(school.answers.map((a) => `${a.roundId}/${a.studentId}`))).toBe(true);
    expect(unique(school.mentorships.map((m) => `${m.mentorId}/${m.studentId}`))).toBe(true);
    expect(unique(school.members.map((m) => `${m.classId}/${m.userId}`))).toBe(true);
  });

  it("has six weekly rounds of the core questions per class, all closed so a teacher can check in at once", () => {
    for (const c of school.classes) {
      const rounds = school.rounds.filter((r) => r.round.classId === c.classId).map((r) => r.round);
      expect(rounds).toHaveLength(6);
      expect(rounds.map((r) => r.status)).toEqual(["closed", "closed", "closed", "closed", "closed", "closed"]);
      for (const r of rounds) expect(r.questions).toEqual(CORE_QUESTIONS);
      for (let i = 1; i < rounds.length; i++) {
        const gap = Date.parse(rounds[i]!.opensAt) - Date.parse(rounds[i - 1]!.opensAt);
        expect(gap).toBe(7 * 24 * 3_600_000);
      }
      expect(Date.parse(rounds[5]!.opensAt)).toBeLessThan(now.getTime());
      expect(Date.parse(rounds[5]!.closesAt)).toBeLessThan(now.getTime());
    }
  });

  it("delivers every round to every student of the class", () => {
    for (const { round, deliveries } of school.rounds) {
      const students = school.students.filter((s) => s.member.classId === round.classId).map((s) => s.member.userId);
      expect(deliveries.map((d) => d.studentId).sort()).toEqual([...students].sort());
    }
  });

  it("only holds answers the live app would accept, given while their round was open", () => {
    const rounds = new Map(school.rounds.map((r) => [r.round.roundId, r.round]));
    for (const answer of school.answers) {
      const round = rounds.get(answer.roundId)!;
      const at = new Date(answer.answeredAt);
      expect(at.getTime()).toBeGreaterThanOrEqual(Date.parse(round.opensAt));
      expect(at.getTime()).toBeLessThan(Math.min(Date.parse(round.closesAt), now.getTime()));
      const submitted = answer.help ? { values: answer.values, help: answer.help } : { values: answer.values };
      const checked = validateAnswer({ ...round, status: "open" }, submitted, at);
      expect(checked.ok, `${answer.roundId}/${answer.studentId}`).toBe(true);
    }
  });

  it("has students of every persona, most of them thriving", () => {
    for (const persona of PERSONAS) expect(school.students.some((s) => s.persona === persona)).toBe(true);
    expect(school.students.filter((s) => s.persona === "thriving").length).toBeGreaterThan(60);
  });

  it("builds the same school every time, without Math.random", () => {
    const random = vi.spyOn(Math, "random");
    const again = buildDemoSchool(tenantId, now);
    expect(random).not.toHaveBeenCalled();
    expect(again).toEqual(school);
  });

  it("keeps ids and names when the tenant or the day changes, and moves the rounds with the day", () => {
    const later = new Date(now.getTime() + 9 * 24 * 3_600_000);
    const other = buildDemoSchool("another-tenant", later);
    expect(other.students.map((s) => [s.member.userId, s.member.name, s.persona])).toEqual(
      school.students.map((s) => [s.member.userId, s.member.name, s.persona]),
    );
    expect(other.students.every((s) => s.member.tenantId === "another-tenant")).toBe(true);
    expect(Date.parse(other.rounds[5]!.round.opensAt) - Date.parse(school.rounds[5]!.round.opensAt)).toBe(
      9 * 24 * 3_600_000,
    );
  });
});
