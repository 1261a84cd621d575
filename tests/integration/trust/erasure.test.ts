import { randomUUID } from "node:crypto";
import { TableClient, TableServiceClient } from "@azure/data-tables";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { BUILT_IN_ACTION_CARDS } from "../../../src/domain/action-cards/built-in-cards.js";
import { startFakeEntra, type FakeEntra } from "../../support/fake-entra.js";
import { startTestApp, type TestApp } from "../../support/start-test-app.js";
import { person, team } from "../../support/teams-activities.js";

/**
 * trust.md P15/P17/P18: export returns the student's data; erasure removes every row naming the student from
 * every table (found by listing the tables in Azurite and reading every row of the tenant), leaves other students
 * alone, returns a receipt, and a late duplicate (a roster refresh, a reinstall, a retried answer) brings nothing
 * back. The audit trail of staff reads is the coordinator's to see.
 */
const CLIENT_ID = "5d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
let t: TestApp;
let entra: FakeEntra;
const canaryName = `Kanarie ${randomUUID().slice(0, 8)}`;
const canaryNote = `canary-note-${randomUUID()}`;
const student = { ...person(canaryName), name: canaryName };
const other = person("Olle Anden");
const teacher = person("Tilde Lærer");
const mentor = randomUUID();
const coordinator = randomUUID();
const classTeam = team("GF1 Canary");

beforeAll(async () => {
  entra = await startFakeEntra();
  t = await startTestApp({
    env: { AAD_APP_CLIENT_ID: CLIENT_ID, TAB_DOMAIN: "trivsel.example.test", TEST_ENTRA_OPENID_URL: entra.metadataUrl },
  });
});
afterAll(async () => {
  await t?.stop();
  await entra?.close();
});

async function api(as: string, method: string, path: string, body?: unknown) {
  const token = await entra.mint({ tenantId: t.tenantId, userId: as, audience: CLIENT_ID });
  const res = await fetch(`${t.app.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Every row of this test's tenant in every table Azurite holds, as JSON text per table. */
async function scanEveryTable(): Promise<Record<string, string[]>> {
  const connection = inject("storageConnectionString");
  const service = TableServiceClient.fromConnectionString(connection, { allowInsecureConnection: true });
  const found: Record<string, string[]> = {};
  for await (const table of service.listTables()) {
    const client = TableClient.fromConnectionString(connection, table.name ?? "", { allowInsecureConnection: true });
    for await (const row of client.listEntities()) {
      const text = JSON.stringify(row);
      if (text.includes(t.tenantId)) (found[table.name ?? ""] ??= []).push(text);
    }
  }
  return found;
}

const hits = (scan: Record<string, string[]>, needle: string) =>
  Object.entries(scan).flatMap(([table, rows]) => rows.filter((r) => r.includes(needle)).map(() => table));

describe("export, erasure and the audit trail", () => {
  it("seeds a student's data everywhere, exports it, erases it completely, and keeps it erased", async () => {
    t.setRoster(classTeam, [{ person: teacher }, { person: student }, { person: other }]);
    await t.post(t.activities.installInTeam(classTeam, teacher));
    await t.post(t.activities.personalInstall(student));
    await t.post(t.activities.channelMessage(classTeam, teacher, "check in"));
    const [round] = await t.app.stores.rounds.latest(t.tenantId, classTeam.classId, 1);
    const values = Object.fromEntries((round?.questions ?? []).map((q) => [q.id, 3]));
    for (const s of [student, other]) {
      await t.app.stores.answers.save(
        {
          tenantId: t.tenantId,
          classId: classTeam.classId,
          roundId: round!.roundId,
          studentId: s.userId,
          values,
          answeredAt: new Date().toISOString(),
        },
        round!.opensAt,
      );
    }
    await t.app.stores.mentorships.save({
      tenantId: t.tenantId,
      mentorId: mentor,
      studentId: student.userId,
      role: "mentor",
      studentName: canaryName,
      mentorName: "Mona Mentor",
      classId: classTeam.classId,
    });
    await t.app.stores.staff.save({
      tenantId: t.tenantId,
      userId: coordinator,
      name: "Cai Coordinator",
      isCoordinator: true,
    });
    const assigned = await api(mentor, "POST", `/api/v1/students/${student.userId}/cases`, {
      cardId: BUILT_IN_ACTION_CARDS[0]?.cardId,
    });
    expect(assigned.status).toBe(201);
    const caseId = (assigned.body.case as { caseId: string }).caseId;
    const detail = await api(mentor, "GET", `/api/v1/students/${student.userId}/cases/${caseId}`);
    const note = await api(mentor, "POST", `/api/v1/students/${student.userId}/cases/${caseId}/notes`, {
      etag: detail.body.etag,
      text: canaryNote,
    });
    expect(note.status).toBeLessThan(300);
    expect((await api(mentor, "GET", `/api/v1/students/${student.userId}`)).status).toBe(200);

    const before = await scanEveryTable();
    expect(hits(before, canaryName).length).toBeGreaterThan(0);
    expect(hits(before, canaryNote).length).toBeGreaterThan(0);

    // Export: the student and the coordinator get everything; the class's teacher gets nothing.
    const own = await api(student.userId, "GET", `/api/v1/students/${student.userId}/export`);
    expect(own.status).toBe(200);
    expect(JSON.stringify(own.body)).toContain(canaryNote);
    expect(Object.keys(own.body.tables as object)).toEqual(expect.arrayContaining(["answers", "members", "cases"]));
    expect((await api(coordinator, "GET", `/api/v1/students/${student.userId}/export`)).status).toBe(200);
    expect((await api(teacher.userId, "GET", `/api/v1/students/${student.userId}/export`)).status).toBe(404);

    // Audit: the mentor's read and the coordinator's export are there, for the coordinator only.
    const day = new Date().toISOString().slice(0, 10);
    const audit = await api(coordinator, "GET", `/api/v1/school/audit?day=${day}`);
    expect(audit.status).toBe(200);
    const events = audit.body.events as Array<{ actorId: string; what: string }>;
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actorId: mentor, what: "studentRecord" }),
        expect.objectContaining({ actorId: coordinator, what: "studentExport" }),
      ]),
    );
    expect((await api(mentor, "GET", `/api/v1/school/audit?day=${day}`)).status).toBe(403);

    // Erasure: only the coordinator; a receipt; no canary anywhere; the other student untouched.
    expect((await api(mentor, "POST", `/api/v1/students/${student.userId}/erase`, {})).status).toBe(403);
    const otherRowsBefore = hits(before, other.userId).length;
    const erased = await api(coordinator, "POST", `/api/v1/students/${student.userId}/erase`, {});
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ reason: "erased", receiptId: expect.any(String) });
    expect(erased.body.totalRows as number).toBeGreaterThan(5);

    // Late duplicates: a roster refresh that still lists the student, a personal reinstall.
    await t.post(t.activities.installInTeam(classTeam, teacher));
    await t.post(t.activities.personalInstall(student));
    const after = await scanEveryTable();
    for (const needle of [canaryName, canaryNote, student.userId]) expect(hits(after, needle)).toEqual([]);
    // The other student keeps every row (workers may still add delivery rows meanwhile).
    expect(hits(after, other.userId).length).toBeGreaterThanOrEqual(otherRowsBefore);
    expect(await t.app.stores.members.get(t.tenantId, classTeam.classId, student.userId)).toBeUndefined();
  });
});
