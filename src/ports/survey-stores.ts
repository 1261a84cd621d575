import type { Answer } from "../domain/survey/answer.js";
import type { Round } from "../domain/survey/round.js";

/** Survey rounds per class, newest first. */
export interface RoundStore {
  /** Creates the round unless a round with this id exists; returns false if it already existed. */
  create(round: Round): Promise<boolean>;
  get(tenantId: string, classId: string, roundId: string): Promise<Round | undefined>;
  latest(tenantId: string, classId: string, limit: number): Promise<Round[]>;
  close(tenantId: string, classId: string, roundId: string): Promise<void>;
}

export type SaveAnswerResult = "created" | "replaced" | "unchanged";

/** Answers: one row per student per round, plus the student's own history. */
export interface AnswerStore {
  /** Idempotent: the same answer twice is "unchanged"; a changed answer replaces the row. */
  save(answer: Answer, roundOpensAt: string): Promise<SaveAnswerResult>;
  get(tenantId: string, roundId: string, studentId: string): Promise<Answer | undefined>;
  listRound(tenantId: string, roundId: string): Promise<Answer[]>;
  /** The student's answers, newest first. */
  history(tenantId: string, studentId: string, limit: number): Promise<Answer[]>;
  /**
   * Optional bulk write for seeding (the local demo's six weeks of history on every `npm start`): stores each
   * answer and its history row as if saved once, batched per partition (at most 100 rows per transaction), and
   * replaces rows already there. Not for live answers: no per-answer result and no concurrency checks.
   */
  importAnswers?(items: ReadonlyArray<{ answer: Answer; roundOpensAt: string }>): Promise<void>;
}

/**
 * `uncertain`: a sender crashed between sending and recording the outcome, so the card may or may not have reached
 * the student; it is reported as such and never sent again (issue 4: neither a silent duplicate nor a silent drop).
 */
export type DeliveryStatus = "pending" | "sent" | "failed" | "blocked" | "notInstalled" | "uncertain";

export interface Delivery {
  tenantId: string;
  roundId: string;
  recipientId: string;
  status: DeliveryStatus;
  activityId?: string;
  reason?: string;
  /**
   * On a pending row: the id of the attempt that is about to send (written before the request). Another attempt
   * finding it knows the first may have sent, and records `uncertain` instead of sending again.
   */
  sendingBy?: string;
  updatedAt: string;
}

/** Per-recipient send state for a round (DESIGN §4 `deliveries`). */
export interface DeliveryStore {
  save(delivery: Delivery): Promise<void>;
  /** Optional: upserts many deliveries, batched per round partition (at most 100 rows per transaction). */
  saveMany?(deliveries: readonly Delivery[]): Promise<void>;
  get(tenantId: string, roundId: string, recipientId: string): Promise<Delivery | undefined>;
  listRound(tenantId: string, roundId: string): Promise<Delivery[]>;
}
