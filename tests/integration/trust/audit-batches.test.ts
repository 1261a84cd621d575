import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startApiHarness, type ApiHarness } from "../api/api-harness.js";
import { startStorageRequestLog, type StorageRequestLog } from "../../support/storage-request-log.js";

/**
 * trust.md: every staff read of a student is audited. "My students" shows many students at once, so it writes their
 * audit rows in entity-group batches (100 rows of one tenant-day partition per request), not one request per row;
 * the storage traffic is read through a recording proxy in front of the test Azurite.
 */
const LIST_SIZE = 60;
let log: StorageRequestLog;
let h: ApiHarness;

beforeAll(async () => {
  log = await startStorageRequestLog(inject("storageConnectionString"));
  h = await startApiHarness({ storageConnectionString: log.connectionString });
});
afterAll(async () => {
  await h?.stop();
  await log?.close();
});

describe("audit of the mentor's list", () => {
  it("a list of 60 students leaves 60 audit rows, written in one batch request and no single inserts", async () => {
    const { tenantId } = h.school;
    const mentor = randomUUID();
    const students = Array.from({ length: LIST_SIZE }, () => randomUUID());
    await h.app.stores.staff.save({ tenantId, userId: mentor, name: "Maja Mentor", isCoordinator: false });
    for (const [i, studentId] of students.entries()) {
      await h.app.stores.mentorships.save({
        tenantId,
        mentorId: mentor,
        studentId,
        role: "mentor",
        studentName: `Elev ${i}`,
        mentorName: "Maja Mentor",
        classId: h.school.classId,
      });
    }
    log.clear();

    const response = await h.call("GET", "/api/v1/my-students?locale=da", { as: mentor });

    expect(response.status).toBe(200);
    expect(((await response.json()) as { students: unknown[] }).students).toHaveLength(LIST_SIZE);
    const auditRequests = log.requests.filter((r) => r.table === "audit");
    expect(auditRequests.map((r) => r.kind)).toEqual(["batch"]);
    expect(auditRequests[0]?.batchTables).toHaveLength(LIST_SIZE);
    const day = await h.app.stores.audit.listDay(tenantId, new Date().toISOString().slice(0, 10));
    const mine = day.filter((e) => e.actorId === mentor && e.what === "myStudents" && e.action === "read");
    expect(mine.map((e) => e.subjectStudentId).sort()).toEqual([...students].sort());
  });

  it("more than 100 events of one day go in several batches of at most 100, and every one is stored", async () => {
    const tenantId = randomUUID();
    const at = new Date().toISOString();
    const events = Array.from({ length: 230 }, (_, i) => ({
      tenantId,
      actorId: "coordinator",
      action: "read" as const,
      subjectStudentId: `student-${i}`,
      what: "export",
      at,
    }));
    log.clear();

    await h.app.stores.audit.recordMany(events);

    const batches = log.requests.filter((r) => r.table === "audit");
    expect(batches.map((r) => [r.kind, r.batchTables.length]).sort()).toEqual([
      ["batch", 100],
      ["batch", 100],
      ["batch", 30],
    ]);
    expect(await h.app.stores.audit.listDay(tenantId, at.slice(0, 10))).toHaveLength(230);
  });
});
