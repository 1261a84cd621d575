import { TableClient, type TransactionAction } from "@azure/data-tables";
import { keys } from "../../src/adapters/azure-tables/keys.js";
import { TABLES } from "../../src/adapters/azure-tables/table-names.js";

/** Azure Tables' limit for one batch transaction: 100 entities, all in one partition. */
const BATCH = 100;
/** Transactions in flight at once: Azurite (one process) saturates at a handful; more only queues. */
const IN_FLIGHT = 8;

export interface BulkFigures {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

/**
 * Fills the tables the tab's hot paths read with bulk rows in *other* partitions (other classes, mentors and
 * rounds of the same tenant), so the measured queries run against a large table: `students` members, student
 * states and mentorships, and `answers` answer rows (100 per round partition, one transaction each).
 */
export async function bulkSeed(
  connectionString: string,
  tenantId: string,
  scale: { students: number; answers: number },
): Promise<BulkFigures> {
  const client = (table: string) =>
    TableClient.fromConnectionString(connectionString, table, { allowInsecureConnection: true });
  const [members, states, mentorships, answers] = [
    TABLES.members,
    TABLES.studentStatus,
    TABLES.mentorships,
    TABLES.answers,
  ].map((t) => client(t));
  await Promise.all([members, states, mentorships, answers].map((c) => c!.createTable().catch(() => undefined)));
  const started = performance.now();
  const batches: Array<{ client: TableClient; actions: TransactionAction[] }> = [];
  const classSize = 100; // bulk "classes" of 100 so each partition is one full transaction
  for (let c = 0; c * classSize < scale.students; c++) {
    const classId = `bulk-class-${c}`;
    const mentorId = `bulk-mentor-${c}`;
    const ids = Array.from(
      { length: Math.min(classSize, scale.students - c * classSize) },
      (_, i) => `bulk-s-${c}-${i}`,
    );
    batches.push({
      client: members!,
      actions: ids.map((id) => [
        "upsert",
        {
          ...keys.members(tenantId, classId, id),
          tenantId,
          classId,
          userId: id,
          teamsUserId: `29:${id}`,
          name: id,
          role: "student",
        },
      ]),
    });
    batches.push({
      client: states!,
      actions: ids.map((id) => [
        "upsert",
        {
          ...keys.studentStatus(tenantId, classId, id),
          tenantId,
          classId,
          studentId: id,
          studentName: id,
          recent: "{}",
          trend: "[3,3,3]",
          missedInRow: 0,
          quietRounds: 0,
          countedRounds: "[]",
        },
      ]),
    });
    batches.push({
      client: mentorships!,
      actions: ids.map((id) => [
        "upsert",
        {
          ...keys.mentorships(tenantId, mentorId, id),
          tenantId,
          mentorId,
          studentId: id,
          role: "mentor",
          studentName: id,
          mentorName: mentorId,
          classId,
        },
      ]),
    });
  }
  const values = JSON.stringify({ "mood-week": 3, "belonging-class": 4, "energy-week": 3 });
  for (let r = 0; r * BATCH < scale.answers; r++) {
    const roundId = `bulk-round-${r}`;
    const n = Math.min(BATCH, scale.answers - r * BATCH);
    batches.push({
      client: answers!,
      actions: Array.from({ length: n }, (_, i) => {
        // Bulk students are named bulk-s-<class>-<i> above; answers spread over them, 100 distinct per round.
        const n = (r * BATCH + i) % Math.max(BATCH, scale.students);
        const studentId = `bulk-s-${Math.floor(n / classSize)}-${n % classSize}`;
        return [
          "upsert",
          {
            ...keys.answers(tenantId, roundId, studentId),
            tenantId,
            classId: "bulk",
            roundId,
            studentId,
            answeredAt: "2025-01-01T08:00:00.000Z",
            values,
          },
        ];
      }),
    });
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < batches.length) {
        const batch = batches[next++]!;
        await batch.client.submitTransaction(batch.actions);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const rows = batches.reduce((n, b) => n + b.actions.length, 0);
  return { rows, seconds, rowsPerSecond: rows / seconds };
}
