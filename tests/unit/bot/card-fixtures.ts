import type { ActionCard } from "../../../src/domain/action-cards/action-card.js";
import type { FlagReason } from "../../../src/domain/scoring/flag.js";
import { CORE_QUESTIONS } from "../../../src/domain/survey/question-bank.js";
import type { Round } from "../../../src/domain/survey/round.js";

/** Synthetic view data shared by the card tests (invented names only). */
export const ROUND: Round = {
  tenantId: "tenant-cards",
  classId: "class-gf1a",
  roundId: "round-1",
  questions: CORE_QUESTIONS,
  opensAt: "2026-11-23T08:00:00.000Z",
  closesAt: "2026-11-25T08:00:00.000Z",
  status: "open",
  delivery: "both",
  origin: "manual:teacher-1",
};

const text = (title: string) => ({
  title,
  summary: `${title}: a short plan`,
  steps: ["Talk with the student", "Agree one small step", "Follow up in a week"],
});

export const ACTION_CARD: ActionCard = {
  cardId: "belonging",
  answers: ["lowScore", "drop"],
  dimensions: ["belonging"],
  ownerRole: "mentor",
  dueInDays: 7,
  followUpInDays: 14,
  text: { en: text("Belonging"), da: text("Fællesskab"), sv: text("Gemenskap"), fi: text("Yhteisö") },
  builtIn: true,
};

export const REASONS: FlagReason[] = [
  { kind: "lowScore", roundId: "round-1", at: ROUND.opensAt, dimension: "mood", value: 1 },
  { kind: "helpRequest", roundId: "round-1", at: ROUND.opensAt, helpTarget: "counsellor" },
];
