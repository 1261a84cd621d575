import type { TableClient, TableEntity } from "@azure/data-tables";
import { keys } from "../../src/adapters/azure-tables/keys.js";
import { TABLES, type TableName } from "../../src/adapters/azure-tables/table-names.js";
import type { MeasuredSchool } from "./measured-seed.js";

type Key = ReturnType<typeof keys.classes>;
type Kind = "classes" | "member" | "mentorship" | "status" | "roundById" | "roundByTime" | "answer" | "history";
/** Properties of a stored row the service owns (or the SDK adds), never written back. */
const SERVICE_OWNED = new Set(["partitionKey", "rowKey", "etag", "timestamp", "odata.etag", "odata.metadata"]);

export interface Templates {
  /** A copy of the template row of `kind` under `key`, with the id properties it has replaced by `ids`. */
  like(kind: Kind, key: Key, ids: Record<string, string>): TableEntity;
}

/**
 * Reads one real row of each kind the tab's hot paths read, as the app's own stores wrote it for the measured
 * school, so bulk rows have the same columns and sizes (JSON values, versions, names) as production rows.
 * The template student is the last one, who has no flag (most bulk students have none).
 */
export async function readTemplates(
  client: (table: TableName) => TableClient,
  tenant: string,
  school: MeasuredSchool,
): Promise<Templates> {
  const student = school.studentIds.at(-1) ?? "";
  const round = school.rounds.at(-1) ?? { roundId: "", opensAt: "" };
  const sources: Record<Kind, [TableName, Key]> = {
    classes: [TABLES.classes, keys.classes(tenant, school.classId)],
    member: [TABLES.members, keys.members(tenant, school.classId, student)],
    mentorship: [TABLES.mentorships, keys.mentorships(tenant, school.mentorId, student)],
    status: [TABLES.studentStatus, keys.studentStatus(tenant, school.classId, student)],
    roundById: [TABLES.rounds, keys.rounds(tenant, school.classId, round.roundId)],
    roundByTime: [TABLES.rounds, keys.roundsByTime(tenant, school.classId, round.opensAt, round.roundId)],
    answer: [TABLES.answers, keys.answers(tenant, round.roundId, student)],
    history: [TABLES.history, keys.history(tenant, student, round.opensAt, round.roundId)],
  };
  const rows = new Map<Kind, Record<string, unknown>>();
  for (const [kind, [table, key]] of Object.entries(sources) as Array<[Kind, [TableName, Key]]>) {
    const row = await client(table).getEntity<Record<string, unknown>>(key.partitionKey, key.rowKey);
    rows.set(kind, Object.fromEntries(Object.entries(row).filter(([name]) => !SERVICE_OWNED.has(name))));
  }
  return {
    like(kind, key, ids) {
      const row = { ...rows.get(kind) };
      for (const [name, value] of Object.entries(ids)) if (name in row) row[name] = value;
      return { ...row, ...key };
    },
  };
}
