import { describe, expect, it } from "vitest";
import { suggestCard } from "../../../src/domain/action-cards/suggest-card.js";
import { BUILT_IN_ACTION_CARDS } from "../../../src/domain/action-cards/built-in-cards.js";
import { buildDemoSchool } from "../../../src/domain/demo/build-demo-school.js";
import type { Persona } from "../../../src/domain/demo/demo-school.js";
import { replayDemoSchool } from "../../../src/domain/demo/replay-history.js";
import { isActive } from "../../../src/domain/scoring/flag.js";
import { DEFAULT_THRESHOLDS } from "../../../src/domain/scoring/thresholds.js";

const now = new Date("2025-03-12T10:30:00.000Z");
const school = buildDemoSchool("tenant-personas", now);
const replayed = replayDemoSchool(school, DEFAULT_THRESHOLDS);
const rows = school.students.map((student, i) => ({ student, ...replayed[i]! }));
const ofPersona = (persona: Persona) => rows.filter((r) => r.student.persona === persona);
const roundIndex = new Map(
  school.classes.flatMap((c) =>
    school.rounds.filter((r) => r.round.classId === c.classId).map((r, i) => [r.round.roundId, i] as const),
  ),
);

describe("the demo school's personas, replayed through the real flag rules", () => {
  it("leaves every thriving student unflagged", () => {
    for (const row of ofPersona("thriving")) expect(row.flag, row.student.member.name).toBeUndefined();
  });

  it("never flags a student whose surveys could not be delivered", () => {
    const unreachable = ofPersona("unreachable");
    expect(unreachable.length).toBeGreaterThan(0);
    for (const row of unreachable) {
      expect(row.flag).toBeUndefined();
      const missed = school.rounds.filter((r) =>
        r.deliveries.some((d) => d.studentId === row.student.member.userId && !d.reached),
      );
      expect(missed).toHaveLength(2);
    }
  });

  it("flags silent students for silence only", () => {
    for (const row of ofPersona("silent")) {
      expect(row.flag?.reasons.map((r) => r.kind)).toContain("silence");
      expect(row.flag?.reasons.every((r) => r.kind === "silence")).toBe(true);
      expect(row.state.missedInRow).toBeGreaterThanOrEqual(2);
    }
  });

  it("flags help requests from the latest round with severity 3", () => {
    for (const row of ofPersona("helpRequest")) {
      expect(row.flag?.severity).toBe(3);
      const help = row.flag?.reasons.find((r) => r.kind === "helpRequest");
      expect(roundIndex.get(help?.roundId ?? "")).toBe(5);
    }
  });

  it("flags sudden drops for a low score or a drop from the last two weeks", () => {
    for (const row of ofPersona("suddenDrop")) {
      expect(row.flag?.reasons.length).toBeGreaterThan(0);
      for (const reason of row.flag?.reasons ?? []) {
        expect(["lowScore", "drop"]).toContain(reason.kind);
        expect(roundIndex.get(reason.roundId)).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it("flags slowly declining students only after a few weeks", () => {
    for (const row of ofPersona("declining")) {
      expect(row.flag).toBeDefined();
      for (const reason of row.flag?.reasons ?? []) expect(roundIndex.get(reason.roundId)).toBeGreaterThanOrEqual(3);
      const trend = row.state.trend;
      expect(trend[trend.length - 1]!).toBeLessThan(trend[0]!);
    }
  });

  it("gives every mentor at least one flagged student to open", () => {
    const flagged = new Set(rows.filter((r) => isActive(r.flag)).map((r) => r.student.member.userId));
    const mentors = school.staff.filter((s) => s.role === "mentor");
    for (const mentor of mentors) {
      const mine = school.mentorships.filter((m) => m.mentorId === mentor.staff.userId && m.role === "mentor");
      expect(
        mine.some((m) => flagged.has(m.studentId)),
        mentor.staff.name,
      ).toBe(true);
    }
  });

  it("flags about a quarter of the school, so the list is worth opening but not overwhelming", () => {
    const count = rows.filter((r) => isActive(r.flag)).length;
    expect(count).toBeGreaterThanOrEqual(15);
    expect(count).toBeLessThanOrEqual(35);
  });

  it("suggests several different Action Cards across the flagged students", () => {
    const cards = new Set(
      rows.filter((r) => r.flag).map((r) => suggestCard(r.flag!.reasons, BUILT_IN_ACTION_CARDS)?.cardId),
    );
    expect(cards).toContain("absence-silence");
    expect(cards).toContain("general-wellbeing");
    expect(cards).toContain("belonging-loneliness");
    expect(cards).toContain("stress-workload");
  });

  it("records the flag on the student's state", () => {
    for (const row of rows) expect(row.state.flagId).toBe(row.flag?.flagId);
  });
});
