import type { Answer } from "../../domain/survey/answer.js";
import type { Round } from "../../domain/survey/round.js";
import type { AnswerStore, Delivery, DeliveryStore, RoundStore, SaveAnswerResult } from "../../ports/survey-stores.js";
import { keys } from "../azure-tables/keys.js";
import { sameAnswer } from "../azure-tables/same-answer.js";
import { MemoryTable } from "./memory-table.js";

/** In-memory RoundStore: idempotent create by id, latest by opens time newest first (same keys as the table). */
export class MemoryRoundStore implements RoundStore {
  private readonly byId = new MemoryTable<Round>();
  private readonly byTime = new MemoryTable<Round>();

  async create(round: Round): Promise<boolean> {
    if (!this.byId.insert(keys.rounds(round.tenantId, round.classId, round.roundId), round)) return false;
    this.byTime.upsert(keys.roundsByTime(round.tenantId, round.classId, round.opensAt, round.roundId), round);
    return true;
  }
  async get(tenantId: string, classId: string, roundId: string): Promise<Round | undefined> {
    return this.byId.get(keys.rounds(tenantId, classId, roundId))?.value;
  }
  async latest(tenantId: string, classId: string, limit: number): Promise<Round[]> {
    return this.byTime.list(keys.rounds(tenantId, classId, "").partitionKey, { limit });
  }
  async close(tenantId: string, classId: string, roundId: string): Promise<void> {
    const round = await this.get(tenantId, classId, roundId);
    if (!round) return;
    const closed: Round = { ...round, status: "closed" };
    this.byId.upsert(keys.rounds(tenantId, classId, roundId), closed);
    this.byTime.upsert(keys.roundsByTime(tenantId, classId, round.opensAt, roundId), closed);
  }
}

/** In-memory AnswerStore: one answer per student and round, plus the student's history newest first. */
export class MemoryAnswerStore implements AnswerStore {
  private readonly answers = new MemoryTable<Answer>();
  private readonly historyTable = new MemoryTable<Answer>();

  async save(answer: Answer, roundOpensAt: string): Promise<SaveAnswerResult> {
    const key = keys.answers(answer.tenantId, answer.roundId, answer.studentId);
    const stored = this.answers.get(key);
    if (stored && sameAnswer(stored.value, answer)) return "unchanged";
    this.answers.upsert(key, answer);
    this.historyTable.upsert(keys.history(answer.tenantId, answer.studentId, roundOpensAt, answer.roundId), answer);
    return stored ? "replaced" : "created";
  }
  async get(tenantId: string, roundId: string, studentId: string): Promise<Answer | undefined> {
    return this.answers.get(keys.answers(tenantId, roundId, studentId))?.value;
  }
  async listRound(tenantId: string, roundId: string): Promise<Answer[]> {
    return this.answers.list(keys.answers(tenantId, roundId, "").partitionKey);
  }
  async history(tenantId: string, studentId: string, limit: number): Promise<Answer[]> {
    const partitionKey = keys.history(tenantId, studentId, new Date(0).toISOString(), "").partitionKey;
    return this.historyTable.list(partitionKey, { limit });
  }
}

/** In-memory DeliveryStore. */
export class MemoryDeliveryStore implements DeliveryStore {
  private readonly table = new MemoryTable<Delivery>();

  async save(delivery: Delivery): Promise<void> {
    this.table.upsert(keys.deliveries(delivery.tenantId, delivery.roundId, delivery.recipientId), delivery);
  }
  async get(tenantId: string, roundId: string, recipientId: string): Promise<Delivery | undefined> {
    return this.table.get(keys.deliveries(tenantId, roundId, recipientId))?.value;
  }
  async listRound(tenantId: string, roundId: string): Promise<Delivery[]> {
    return this.table.list(keys.deliveries(tenantId, roundId, "").partitionKey);
  }
}
