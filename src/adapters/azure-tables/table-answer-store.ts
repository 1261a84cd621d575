import type { TableClient } from "@azure/data-tables";
import type { Answer } from "../../domain/survey/answer.js";
import { ConcurrentChangeError } from "../../ports/case-stores.js";
import type { AnswerStore, SaveAnswerResult } from "../../ports/survey-stores.js";
import { answerSchema } from "./survey-schemas.js";
import { keys } from "./keys.js";
import { rowCodec, VERSION_COLUMN } from "./row-codec.js";
import { sameAnswer } from "./same-answer.js";
import {
  insertRow,
  OPTIMISTIC_RETRIES,
  queryPartition,
  readRow,
  replaceRow,
  syncCopy,
  versionOf,
} from "./table-ops.js";
import { TABLES } from "./table-names.js";

// `values` and `help` are JSON columns; a help note is at most HELP_NOTE_MAX_LENGTH (500) characters, far below
// the 64 KiB string limit.
const codec = rowCodec(TABLES.answers, answerSchema, ["values", "help"]);

/**
 * Answers (PK tenant|round, RK student: a class aggregate is one partition) and the student's history (PK
 * tenant|student, RK inverted round time: trend and baseline in one query). The answers row is the truth and carries
 * a version; the history row is a copy that only ever moves forward to a newer version.
 */
export class TableAnswerStore implements AnswerStore {
  constructor(
    private readonly answers: TableClient,
    private readonly historyTable: TableClient,
  ) {}

  /**
   * Safe under concurrent duplicate deliveries (Teams re-sends an invoke it got no reply to within 15 s, DESIGN §5):
   * insert-if-absent decides "created" exactly once; everyone else reads, compares and replaces with the ETag.
   */
  async save(answer: Answer, roundOpensAt: string): Promise<SaveAnswerResult> {
    const key = keys.answers(answer.tenantId, answer.roundId, answer.studentId);
    const row = codec.toRow(answer);
    for (let attempt = 0; attempt < OPTIMISTIC_RETRIES; attempt++) {
      if (await insertRow(this.answers, key, { ...row, [VERSION_COLUMN]: 1 })) {
        // A first answer almost never has a history copy yet: insert it in one call, and compare versions only if
        // one is there (a retry after a crash, or a copy left from an erased answer).
        const historyKey = keys.history(answer.tenantId, answer.studentId, roundOpensAt, answer.roundId);
        if (!(await insertRow(this.historyTable, historyKey, { ...row, [VERSION_COLUMN]: 1 })))
          await this.writeHistory(answer, roundOpensAt, 1);
        return "created";
      }
      const stored = await readRow(this.answers, key);
      if (!stored) continue; // deleted between our insert and read: try again
      const version = versionOf(stored);
      if (sameAnswer(codec.fromRow(stored), answer)) {
        // Also repairs a history copy a crashed earlier save did not get to write.
        await this.writeHistory(codec.fromRow(stored), roundOpensAt, version);
        return "unchanged";
      }
      if (await replaceRow(this.answers, key, { ...row, [VERSION_COLUMN]: version + 1 }, stored.etag)) {
        await this.writeHistory(answer, roundOpensAt, version + 1);
        return "replaced";
      }
    }
    throw new ConcurrentChangeError("answer");
  }

  async get(tenantId: string, roundId: string, studentId: string): Promise<Answer | undefined> {
    const row = await readRow(this.answers, keys.answers(tenantId, roundId, studentId));
    return row && codec.fromRow(row);
  }

  async listRound(tenantId: string, roundId: string): Promise<Answer[]> {
    const rows = await queryPartition(this.answers, keys.answers(tenantId, roundId, "").partitionKey);
    return rows.map((row) => codec.fromRow(row));
  }

  async history(tenantId: string, studentId: string, limit: number): Promise<Answer[]> {
    const partitionKey = keys.history(tenantId, studentId, new Date(0).toISOString(), "").partitionKey;
    const rows = await queryPartition(this.historyTable, partitionKey, { limit });
    return rows.map((row) => codec.fromRow(row));
  }

  private async writeHistory(answer: Answer, roundOpensAt: string, version: number): Promise<void> {
    const key = keys.history(answer.tenantId, answer.studentId, roundOpensAt, answer.roundId);
    await syncCopy(this.historyTable, key, codec.toRow(answer), version);
  }
}
