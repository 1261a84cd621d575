import { describe, expect, it } from "vitest";
import { BUILT_IN_ACTION_CARDS } from "../../../src/domain/action-cards/built-in-cards.js";
import { cardsForFlag, suggestCard } from "../../../src/domain/action-cards/suggest-card.js";
import type { FlagReason } from "../../../src/domain/scoring/flag.js";

const at = "2025-03-10T09:00:00.000Z";
const reason = (r: Omit<FlagReason, "roundId" | "at">): FlagReason => ({ roundId: "r1", at, ...r });
const suggested = (...reasons: FlagReason[]) => suggestCard(reasons, BUILT_IN_ACTION_CARDS)?.cardId;

const help = reason({ kind: "helpRequest", helpTarget: "mentor" });
const lowBelonging = reason({ kind: "lowScore", dimension: "belonging", value: 2 });

describe("suggesting an Action Card from the built-in library", () => {
  it("suggests the wellbeing conversation when a student only asks for help", () => {
    expect(suggested(help)).toBe("general-wellbeing");
  });

  it("suggests the belonging card when belonging is low", () => {
    expect(suggested(lowBelonging)).toBe("belonging-loneliness");
  });

  it("suggests the belonging card when belonging drops against the student's own baseline", () => {
    expect(suggested(reason({ kind: "drop", dimension: "belonging", value: 3, baseline: 4.5 }))).toBe(
      "belonging-loneliness",
    );
  });

  it("prefers the more specific card when a help request comes with a low belonging score", () => {
    expect(suggested(help, lowBelonging)).toBe("belonging-loneliness");
  });

  it("suggests reaching out when a student has gone silent", () => {
    expect(suggested(reason({ kind: "silence", missedRounds: 2 }))).toBe("absence-silence");
  });

  it("suggests the motivation and programme card for thoughts of dropping out, even with a help request", () => {
    const dropout = reason({ kind: "dropoutThoughts", dimension: "dropoutThoughts", value: 1 });
    expect(suggested(dropout)).toBe("motivation-programme");
    expect(suggested(help, dropout)).toBe("motivation-programme");
  });

  it("suggests the motivation card when motivation is low", () => {
    expect(suggested(reason({ kind: "lowScore", dimension: "motivation", value: 2 }))).toBe("motivation-programme");
  });

  it("suggests the stress card for low energy or a heavy workload", () => {
    expect(suggested(reason({ kind: "lowScore", dimension: "energy", value: 1 }))).toBe("stress-workload");
    expect(suggested(reason({ kind: "drop", dimension: "workload", value: 2, baseline: 4 }))).toBe("stress-workload");
  });

  it("suggests the conflict and safety card when safety or teacher relations are low", () => {
    expect(suggested(reason({ kind: "lowScore", dimension: "safety", value: 1 }))).toBe("conflict-safety");
    expect(suggested(reason({ kind: "drop", dimension: "teacherRelations", value: 2, baseline: 4 }))).toBe(
      "conflict-safety",
    );
  });

  it("falls back to the wellbeing conversation for a low mood, which no specific card covers", () => {
    expect(suggested(reason({ kind: "lowScore", dimension: "mood", value: 2 }))).toBe("general-wellbeing");
  });

  it("lets a score-based reason outrank silence from earlier rounds", () => {
    expect(suggested(reason({ kind: "silence", missedRounds: 2 }), lowBelonging)).toBe("belonging-loneliness");
  });

  it("puts the suggestion first in the picker and keeps every other card", () => {
    const ordered = cardsForFlag([lowBelonging], BUILT_IN_ACTION_CARDS).map((c) => c.cardId);
    expect(ordered[0]).toBe("belonging-loneliness");
    expect([...ordered].sort()).toEqual(BUILT_IN_ACTION_CARDS.map((c) => c.cardId).sort());
  });
});
