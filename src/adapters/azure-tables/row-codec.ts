import type { z } from "zod";

/**
 * Azure Tables limits (learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model):
 * a String property holds at most 64 KiB as UTF-16, i.e. 32,768 characters; an entity at most 1 MiB. We stop a
 * little below the string limit so the error is ours and typed, not a 400 from the service.
 */
export const MAX_STRING_CHARS = 32_000;

/** Hidden column that orders copies of a row (index rows, history) by the source row's version. */
export const VERSION_COLUMN = "rowVersion";
/** Hidden column marking a removed copy (a tombstone). */
export const REMOVED_COLUMN = "removed";

/** Columns the service or our adapters add that are not part of the domain value. */
const SYSTEM_COLUMNS = new Set([
  "partitionKey",
  "rowKey",
  "etag",
  "timestamp",
  "odata.metadata",
  "odata.etag",
  VERSION_COLUMN,
  REMOVED_COLUMN,
]);

/** A stored row that no longer matches its schema (hand-edited, or written by an older version). */
export class CorruptRowError extends Error {
  readonly code = "corruptRow";
  constructor(
    readonly table: string,
    readonly partitionKey: string,
    readonly rowKey: string,
    detail: string,
  ) {
    // Only keys and field paths: never values, which may be personal data (DESIGN §6).
    super(`corrupt row in ${table} (${partitionKey} / ${rowKey}): ${detail}`);
  }
}

/** A value too large for one Azure Tables string property. */
export class RowTooLargeError extends Error {
  readonly code = "rowTooLarge";
  constructor(
    readonly table: string,
    readonly field: string,
    readonly chars: number,
  ) {
    super(`${table}.${field} is ${chars} characters; Azure Tables allows ${MAX_STRING_CHARS} per string property`);
  }
}

export type Row = Record<string, unknown>;

/** Converts a domain value to and from a flat table row; complex fields become JSON string columns. */
export interface RowCodec<T> {
  toRow(value: T): Row;
  /** Validates with zod; throws CorruptRowError on anything unexpected. */
  fromRow(row: Row): T;
}

export function rowCodec<T>(table: string, schema: z.ZodType<T>, jsonFields: readonly string[]): RowCodec<T> {
  const json = new Set(jsonFields);
  return {
    toRow(value) {
      const row: Row = {};
      for (const [field, raw] of Object.entries(value as Row)) {
        if (raw === undefined) continue; // tables have no null/undefined: an absent column reads back as undefined
        if (!json.has(field) && typeof raw === "object" && raw !== null) {
          // A field added to a domain type without being declared here would otherwise be mangled by the SDK.
          throw new TypeError(`${table}.${field} is structured: declare it as a JSON column in its store`);
        }
        const cell = json.has(field) ? JSON.stringify(raw) : raw;
        if (typeof cell === "string" && cell.length > MAX_STRING_CHARS) {
          throw new RowTooLargeError(table, field, cell.length);
        }
        row[field] = cell;
      }
      return row;
    },
    fromRow(row) {
      const where = (detail: string) =>
        new CorruptRowError(table, String(row.partitionKey ?? ""), String(row.rowKey ?? ""), detail);
      const plain: Row = {};
      for (const [field, cell] of Object.entries(row)) {
        if (SYSTEM_COLUMNS.has(field)) continue;
        if (json.has(field) && typeof cell === "string") {
          try {
            plain[field] = JSON.parse(cell);
          } catch {
            throw where(`${field} is not valid JSON`);
          }
        } else {
          plain[field] = cell;
        }
      }
      const parsed = schema.safeParse(plain);
      if (!parsed.success) {
        const paths = parsed.error.issues.map((i) => `${i.path.join(".") || "(row)"}: ${i.code}`);
        throw where(paths.slice(0, 5).join("; "));
      }
      return parsed.data;
    },
  };
}
