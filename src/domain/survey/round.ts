import type { Question } from "./question.js";

export type RoundStatus = "open" | "closed";
export type DeliveryMode = "channel" | "personal" | "both";

/** One survey instance for one class, with a frozen copy of its questions (DESIGN §3). */
export interface Round {
  tenantId: string;
  classId: string;
  roundId: string;
  questions: readonly Question[];
  opensAt: string;
  closesAt: string;
  status: RoundStatus;
  delivery: DeliveryMode;
  /** Who opened it: a schedule id or "manual:<userId>". */
  origin: string;
}

export function isRoundOpen(round: Round, now: Date): boolean {
  return round.status === "open" && now.getTime() < Date.parse(round.closesAt);
}
