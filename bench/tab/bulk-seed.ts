import { TableClient } from "@azure/data-tables";
import { keys } from "../../src/adapters/azure-tables/keys.js";
import { TABLES, type TableName } from "../../src/adapters/azure-tables/table-names.js";
import type { MeasuredSchool } from "./measured-seed.js";
import { readTemplates, type Templates } from "./row-templates.js";
import { runBatches, type BatchJob, type BatchFigures } from "./run-batches.js";

/** Students per bulk class: 100, so a class's roster, status and each round's answers are one full transaction. */
const CLASS_SIZE = 100;
/** Classes per transaction in the tenant's `classes` partition (Azure's limit: 100 entities per transaction). */
const CLASSES_PER_BATCH = 100;
const WEEK = 7 * 86_400_000;

export type { BatchFigures as BulkFigures };

/**
 * Fills every table the tab's hot paths read with bulk rows in *other* partitions of the same tenant, shaped
 * exactly like the app's own rows (copied from the measured school's rows, with new keys and ids): classes of 100
 * students, each with a class row, roster rows and their by-user inverse rows, a mentor with mentorship rows and
 * their by-student inverse rows, student status rows, and `answers / students` weekly rounds (id and by-time
 * rows), one answer per student and round, and each answer's history copy. Writes go as entity-group
 * transactions (one partition, at most 100 rows), many partitions in flight.
 */
export async function bulkSeed(
  connectionString: string,
  tenantId: string,
  school: MeasuredSchool,
  scale: { students: number; answers: number },
  progress: (line: string) => void = () => undefined,
): Promise<BatchFigures> {
  const clients = new Map<TableName, TableClient>();
  const client = (table: TableName) => {
    const existing = clients.get(table);
    if (existing) return existing;
    const made = TableClient.fromConnectionString(connectionString, table, { allowInsecureConnection: true });
    clients.set(table, made);
    return made;
  };
  const templates = await readTemplates(client, tenantId, school);
  const rounds = Math.max(1, Math.round(scale.answers / scale.students));
  const classes = Math.ceil(scale.students / CLASS_SIZE);
  const perStudent = 5 + 2 * rounds; // roster + inverse, mentorship + inverse, status; answers and history copies
  const expected = classes + 2 * rounds * classes + perStudent * scale.students;
  return runBatches(jobs(templates, tenantId, classes, rounds, scale.students), client, progress, expected);
}

function* jobs(t: Templates, tenant: string, classes: number, rounds: number, students: number): Generator<BatchJob> {
  for (let first = 0; first < classes; first += CLASSES_PER_BATCH) {
    const ids = Array.from(
      { length: Math.min(CLASSES_PER_BATCH, classes - first) },
      (_, i) => `bulk-class-${first + i}`,
    );
    yield {
      table: TABLES.classes,
      rows: ids.map((id) => t.like("classes", keys.classes(tenant, id), { classId: id })),
    };
  }
  const start = Date.parse("2025-01-06T08:00:00.000Z");
  for (let c = 0; c < classes; c++) {
    const classId = `bulk-class-${c}`;
    const mentorId = `bulk-mentor-${c}`;
    const size = Math.min(CLASS_SIZE, students - c * CLASS_SIZE);
    const ids = Array.from({ length: size }, (_, i) => `bulk-s-${c}-${i}`);
    const ofStudent = (studentId: string) => ({ classId, studentId, userId: studentId, mentorId });
    yield {
      table: TABLES.members,
      rows: ids.map((id) => t.like("member", keys.members(tenant, classId, id), ofStudent(id))),
    };
    for (const id of ids)
      yield { table: TABLES.members, rows: [t.like("member", keys.membersByUser(tenant, id, classId), ofStudent(id))] };
    yield {
      table: TABLES.mentorships,
      rows: ids.map((id) => t.like("mentorship", keys.mentorships(tenant, mentorId, id), ofStudent(id))),
    };
    for (const id of ids)
      yield {
        table: TABLES.mentorships,
        rows: [t.like("mentorship", keys.mentorshipsByStudent(tenant, id, mentorId), ofStudent(id))],
      };
    yield {
      table: TABLES.studentStatus,
      rows: ids.map((id) => t.like("status", keys.studentStatus(tenant, classId, id), ofStudent(id))),
    };
    const roundList = Array.from({ length: rounds }, (_, r) => ({
      roundId: `bulk-round-${c}-${r}`,
      opensAt: new Date(start + r * WEEK).toISOString(),
    }));
    yield {
      table: TABLES.rounds,
      rows: roundList.flatMap(({ roundId, opensAt }) => [
        t.like("roundById", keys.rounds(tenant, classId, roundId), { classId, roundId, opensAt }),
        t.like("roundByTime", keys.roundsByTime(tenant, classId, opensAt, roundId), { classId, roundId, opensAt }),
      ]),
    };
    for (const { roundId } of roundList)
      yield {
        table: TABLES.answers,
        rows: ids.map((id) => t.like("answer", keys.answers(tenant, roundId, id), { ...ofStudent(id), roundId })),
      };
    for (const id of ids)
      yield {
        table: TABLES.history,
        rows: roundList.map(({ roundId, opensAt }) =>
          t.like("history", keys.history(tenant, id, opensAt, roundId), { ...ofStudent(id), roundId }),
        ),
      };
  }
}
