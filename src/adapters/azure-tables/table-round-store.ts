import type { TableClient } from "@azure/data-tables";
import type { Round } from "../../domain/survey/round.js";
import { ConcurrentChangeError } from "../../ports/case-stores.js";
import type { RoundStore } from "../../ports/survey-stores.js";
import { roundSchema } from "./survey-schemas.js";
import { keys } from "./keys.js";
import { rowCodec } from "./row-codec.js";
import { hasStatus, OPTIMISTIC_RETRIES, queryPartition, readRow } from "./table-ops.js";
import { TABLES } from "./table-names.js";

// `questions` is a JSON column: a frozen set of 2-5 questions in four languages is a few KiB, well under the
// 64 KiB string limit; the codec refuses anything larger with a typed error.
const codec = rowCodec(TABLES.rounds, roundSchema, ["questions"]);

/**
 * Each round is two identical rows in its class partition, written and updated together in one transaction (same
 * partition, so atomic): an "id|" row keeps `get` a point read by round id, and an "at|<inverted opens time>" row
 * makes `latest` one RowKey-ordered range query. Round ids therefore need no time-sortable shape.
 */
export class TableRoundStore implements RoundStore {
  constructor(private readonly client: TableClient) {}

  async create(round: Round): Promise<boolean> {
    const row = codec.toRow(round);
    try {
      await this.client.submitTransaction([
        ["create", { ...row, ...this.idKey(round) }],
        ["create", { ...row, ...this.timeKey(round) }],
      ]);
      return true;
    } catch (error) {
      if (hasStatus(error, 409)) return false; // the "id|" row exists: the round was created before
      throw error;
    }
  }

  async get(tenantId: string, classId: string, roundId: string): Promise<Round | undefined> {
    const row = await readRow(this.client, keys.rounds(tenantId, classId, roundId));
    return row && codec.fromRow(row);
  }

  async latest(tenantId: string, classId: string, limit: number): Promise<Round[]> {
    const range = keys.roundsByTimeRange;
    const rows = await queryPartition(this.client, keys.rounds(tenantId, classId, "").partitionKey, {
      rowKeyFrom: range.from,
      rowKeyBefore: range.before,
      limit,
    });
    return rows.map((row) => codec.fromRow(row));
  }

  async close(tenantId: string, classId: string, roundId: string): Promise<void> {
    for (let attempt = 0; attempt < OPTIMISTIC_RETRIES; attempt++) {
      const byId = await readRow(this.client, keys.rounds(tenantId, classId, roundId));
      if (!byId) return;
      const round = codec.fromRow(byId);
      const byTime = await readRow(this.client, this.timeKey(round));
      if (round.status === "closed" && byTime?.status === "closed") return;
      const row = codec.toRow({ ...round, status: "closed" });
      try {
        await this.client.submitTransaction([
          ["update", { ...row, ...this.idKey(round) }, "Replace", { etag: byId.etag }],
          byTime
            ? ["update", { ...row, ...this.timeKey(round) }, "Replace", { etag: byTime.etag }]
            : ["create", { ...row, ...this.timeKey(round) }], // heals a missing index row
        ]);
        return;
      } catch (error) {
        if (!hasStatus(error, 412, 404, 409)) throw error; // changed meanwhile: read again and retry
      }
    }
    throw new ConcurrentChangeError("round");
  }

  private idKey(round: Round) {
    return keys.rounds(round.tenantId, round.classId, round.roundId);
  }

  private timeKey(round: Round) {
    return keys.roundsByTime(round.tenantId, round.classId, round.opensAt, round.roundId);
  }
}
