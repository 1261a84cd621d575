import { z } from "zod";
import { IsoDateTime } from "./common.js";

/** `?day=YYYY-MM-DD`: one UTC day of the audit trail (the audit table's partition, DESIGN §4). */
export const AuditQuery = z.object({
  day: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
    .describe("UTC day, YYYY-MM-DD"),
});

export const AuditResponse = z.object({
  day: z.string(),
  events: z.array(
    z.object({
      actorId: z.string(),
      action: z.enum(["read", "change"]),
      subjectStudentId: z.string().describe("the student's id, or receipt:<id> after an erasure"),
      what: z.string(),
      at: IsoDateTime,
    }),
  ),
});

export const StudentExportResponse = z.object({
  studentId: z.string(),
  exportedAt: IsoDateTime,
  tables: z
    .record(
      z.string(),
      z.array(z.object({ partitionKey: z.string(), rowKey: z.string(), data: z.record(z.string(), z.unknown()) })),
    )
    .describe("every stored row that names the student, by table"),
});

export const ErasureReceiptResponse = z.object({
  receiptId: z.string(),
  reason: z.enum(["erased", "protectedIdentity"]),
  completedAt: IsoDateTime,
  rowsDeleted: z.record(z.string(), z.number().int()),
  totalRows: z.number().int(),
});
