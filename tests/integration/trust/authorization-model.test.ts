import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { BUILT_IN_ACTION_CARDS } from "../../../src/domain/action-cards/built-in-cards.js";
import { startFakeEntra, type FakeEntra } from "../../support/fake-entra.js";
import { startApiApp, type ApiApp } from "../../support/start-api-app.js";
import { actorsOf, mentorsOf, schoolShape, seedRandomSchool, type School } from "./random-school.js";

/**
 * trust.md P11/P12, DESIGN §6: random schools, every API route, every actor, every target, over real HTTP with
 * tokens from the fake Entra issuer. Each answer is compared with a small oracle of who may see what. Every call
 * also carries ids in the query that name someone else; they must never widen access.
 */
const CLIENT_ID = "0b6a2f0e-1c3d-4e5f-8a9b-7c6d5e4f3a2b";
/** The app reads this array on every request, so each generated school's tenant can join the allow-list. */
const allowedTenants: string[] = [];
let app: ApiApp;
let entra: FakeEntra;

beforeAll(async () => {
  entra = await startFakeEntra();
  app = await startApiApp({
    storageConnectionString: inject("storageConnectionString"),
    env: { AAD_APP_CLIENT_ID: CLIENT_ID, TAB_DOMAIN: "trivsel.example.test", TEST_ENTRA_OPENID_URL: entra.metadataUrl },
    adjustConfig: (config) => ({ ...config, allowedTenants }),
  });
});
afterAll(async () => {
  await app?.stop();
  await entra?.close();
});

const DENIED = [403, 404];
/** Ids an attacker might try: a random guid, and a quote-laden one aimed at OData filters (trust.md P21). */
const strangeIds = () => [randomUUID(), "x' or PartitionKey ne 'x"];

async function check(school: School, caseOf: { studentId: string; caseId: string } | undefined) {
  const tokens = new Map<string, string>();
  for (const actor of actorsOf(school))
    tokens.set(actor, await entra.mint({ tenantId: school.tenantId, userId: actor, audience: CLIENT_ID }));
  const targets = [...school.students.keys(), ...strangeIds()];
  const classes = [...school.classes, randomUUID()];
  const failures: string[] = [];

  await Promise.all(
    actorsOf(school).map(async (actor) => {
      const decoy = [...school.students.keys()].find((s) => s !== actor) ?? randomUUID();
      const widen = `?userId=${decoy}&studentId=${decoy}&tenantId=${randomUUID()}&role=coordinator`;
      const call = async (method: string, path: string, body?: unknown) => {
        const res = await fetch(`${app.url}${path}${method === "GET" ? widen : ""}`, {
          method,
          headers: {
            authorization: `Bearer ${tokens.get(actor)}`,
            ...(body !== undefined ? { "content-type": "application/json" } : {}),
          },
          ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        });
        return { status: res.status, body: (await res.json().catch(() => undefined)) as Record<string, unknown> };
      };
      const expectThat = (ok: boolean, what: string) => {
        if (!ok) failures.push(`${what} (actor ${actor})`);
      };

      const me = await call("GET", "/api/v1/me");
      expectThat(me.status === 200 && me.body.userId === actor && me.body.tenantId === school.tenantId, "me");

      const mine = await call("GET", "/api/v1/my-students");
      const mentees = new Set(school.mentors.get(actor) ?? []);
      const listed = new Set(((mine.body?.students ?? []) as Array<{ studentId: string }>).map((s) => s.studentId));
      expectThat(
        (mine.status === 200 && listed.size === mentees.size && [...listed].every((s) => mentees.has(s))) ||
          (mentees.size === 0 && DENIED.includes(mine.status)),
        `my-students lists exactly the mentees`,
      );

      for (const target of targets) {
        const id = encodeURIComponent(target);
        const isMentor = mentorsOf(school, target).includes(actor);
        const mayRead = isMentor || (actor === target && school.students.has(target));
        const record = await call("GET", `/api/v1/students/${id}`);
        expectThat(
          mayRead
            ? record.status === 200 && record.body.studentId === target
            : [...DENIED, 400].includes(record.status),
          `GET student ${target} -> ${record.status}`,
        );
        const staff = await call("GET", `/api/v1/students/${id}/support-staff`);
        expectThat(
          isMentor ? staff.status === 200 : [...DENIED, 400].includes(staff.status),
          `GET support-staff ${target} -> ${staff.status}`,
        );
        if (!isMentor) {
          const card = BUILT_IN_ACTION_CARDS[0]?.cardId;
          const assign = await call("POST", `/api/v1/students/${id}/cases`, { cardId: card, ownerId: actor });
          expectThat([...DENIED, 400].includes(assign.status), `POST case for ${target} -> ${assign.status}`);
        }
        if (caseOf) {
          const detail = await call("GET", `/api/v1/students/${id}/cases/${encodeURIComponent(caseOf.caseId)}`);
          const mayCase = isMentor && target === caseOf.studentId;
          expectThat(
            mayCase ? detail.status === 200 : [...DENIED, 400].includes(detail.status),
            `GET case of ${caseOf.studentId} under ${target} -> ${detail.status}`,
          );
        }
      }

      for (const classId of classes) {
        const teaches = (school.teachers.get(actor) ?? []).includes(classId);
        const exists = school.classes.includes(classId);
        const mayView = exists && (teaches || school.coordinators.includes(actor));
        const overview = await call("GET", `/api/v1/classes/${classId}/overview`);
        expectThat(
          mayView ? overview.status === 200 : DENIED.includes(overview.status),
          `class overview ${classId} -> ${overview.status}`,
        );
      }
    }),
  );
  return failures;
}

describe("authorization model: every route, every actor, every target", () => {
  it("answers each call as the oracle of DESIGN §6 says, whatever ids the query names", async () => {
    await fc.assert(
      fc.asyncProperty(schoolShape, async (shape) => {
        const school = await seedRandomSchool(app.stores, shape, "http://127.0.0.1:9/");
        allowedTenants.push(school.tenantId);
        const [mentor, students] = [...school.mentors].find(([, ss]) => ss.length > 0) ?? [];
        let caseOf: { studentId: string; caseId: string } | undefined;
        if (mentor && students?.[0]) {
          const token = await entra.mint({ tenantId: school.tenantId, userId: mentor, audience: CLIENT_ID });
          const res = await fetch(`${app.url}/api/v1/students/${students[0]}/cases`, {
            method: "POST",
            headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
            body: JSON.stringify({ cardId: BUILT_IN_ACTION_CARDS[0]?.cardId }),
          });
          expect(res.status).toBe(201);
          const body = (await res.json()) as { case: { caseId: string } };
          caseOf = { studentId: students[0], caseId: body.case.caseId };
        }
        expect(await check(school, caseOf)).toEqual([]);
      }),
      { numRuns: 6, endOnFailure: true },
    );
  });
});
