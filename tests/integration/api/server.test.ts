import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiHarness, type ApiHarness } from "./api-harness.js";

let h: ApiHarness;
let tabDir: string;
let ready = true;
beforeAll(async () => {
  tabDir = await mkdtemp(path.join(tmpdir(), "trivsel-tab-"));
  await mkdir(path.join(tabDir, "assets"));
  await writeFile(path.join(tabDir, "index.html"), "<!doctype html><title>Trivsel</title><div id=root></div>");
  await writeFile(path.join(tabDir, "assets", "index-abc123.js"), `console.log(${JSON.stringify("x".repeat(4000))});`);
  h = await startApiHarness({ tabDir, isReady: async () => ready });
});
afterAll(async () => {
  await h.stop();
  await rm(tabDir, { recursive: true, force: true });
});

describe("HTTP server", () => {
  it("answers health and readiness; readiness is 503 while storage is unreachable", async () => {
    expect((await h.call("GET", "/healthz")).status).toBe(200);
    expect(await (await h.call("GET", "/readyz")).json()).toEqual({ status: "ok" });
    ready = false;
    const down = await h.call("GET", "/readyz");
    ready = true;
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: "unavailable" });
  });

  it("puts security headers on every response, HSTS only in production", async () => {
    for (const url of ["/healthz", "/api/v1/me", "/tab/", "/no/such/route"]) {
      const response = await h.call("GET", url);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors");
      expect(response.headers.get("strict-transport-security")).toBeNull();
    }
  });

  it("lets only Teams and Microsoft 365 hosts frame the tab, and nobody frame the API", async () => {
    const tabCsp = (await h.call("GET", "/tab/")).headers.get("content-security-policy") ?? "";
    const ancestors = /frame-ancestors ([^;]+)/.exec(tabCsp)?.[1]?.split(" ") ?? [];
    expect(ancestors).toEqual(
      expect.arrayContaining([
        "'self'",
        "https://teams.microsoft.com",
        "https://*.teams.microsoft.com",
        "https://*.office.com",
        "https://*.cloud.microsoft",
      ]),
    );
    expect(ancestors.every((a) => a === "'self'" || /^https:\/\/[\w*.-]+$/.test(a))).toBe(true);
    expect(tabCsp).toContain("script-src 'self'");
    expect((await h.call("GET", "/healthz")).headers.get("content-security-policy")).toContain(
      "frame-ancestors 'none'",
    );
  });

  it("redirects / to the tab and serves the app for any tab path", async () => {
    const root = await fetch(`${h.app.url}/`, { redirect: "manual" });
    expect(root.status).toBe(302);
    expect(root.headers.get("location")).toBe("/tab/");
    for (const url of ["/tab/", "/tab/class?classId=x", "/tab/config"]) {
      const response = await h.call("GET", url);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/html");
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(await response.text()).toContain("<div id=root>");
    }
  });

  it("serves hashed assets gzipped and cacheable, and a missing asset is a 404", async () => {
    const asset = await h.call("GET", "/tab/assets/index-abc123.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-encoding")).toBe("gzip");
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect((await h.call("GET", "/tab/assets/missing.js")).status).toBe(404);
  });

  it("never serves a file outside the build folder", async () => {
    for (const url of [
      "/tab/..%2f..%2fpackage.json",
      "/tab/%2e%2e/%2e%2e/package.json",
      "/tab/assets/..%2f..%2f..%2fpackage.json",
    ]) {
      const response = await h.call("GET", url);
      expect(await response.text()).not.toContain('"name": "trivsel"');
    }
  });

  it("answers unknown routes and wrong methods with the JSON error shape and no stack trace", async () => {
    const missing = await h.call("GET", "/api/v1/nothing-here");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: "notFound", message: expect.any(String) } });
    const wrongMethod = await h.call("DELETE", "/api/v1/my-students");
    expect([404, 405]).toContain(wrongMethod.status);
    expect(await wrongMethod.text()).not.toMatch(/at .*\.js:\d+/);
  });

  it("refuses a body over 256 KB with 413 and changes nothing", async () => {
    const student = h.school.students[3] ?? "";
    const big = JSON.stringify({ cardId: "general-wellbeing", padding: "x".repeat(300 * 1024) });
    const response = await h.call("POST", `/api/v1/students/${student}/cases`, { as: h.school.mentor, body: big });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: { code: "payloadTooLarge", message: expect.any(String) } });
    expect(await h.app.stores.cases.listStudent(h.school.tenantId, student)).toEqual([]);
    expect((await h.call("GET", "/healthz")).status).toBe(200);
  });

  it("refuses compressed and non-JSON bodies", async () => {
    const student = h.school.students[3] ?? "";
    const token = await h.tokenFor(h.school.mentor);
    const gz = await fetch(`${h.app.url}/api/v1/students/${student}/cases`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "content-encoding": "gzip" },
      body: "x",
    });
    expect(gz.status).toBe(415);
    const text = await fetch(`${h.app.url}/api/v1/students/${student}/cases`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "text/plain" },
      body: "cardId=general-wellbeing",
    });
    expect(text.status).toBe(415);
    expect(await h.app.stores.cases.listStudent(h.school.tenantId, student)).toEqual([]);
  });
});

describe("OpenAPI document", () => {
  it("lists every route the server answers, with the schemas that validate them", async () => {
    const response = await h.call("GET", "/api/v1/openapi.json");
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          {
            operationId: string;
            requestBody?: {
              content: Record<
                string,
                { schema: { properties?: Record<string, unknown>; additionalProperties?: unknown } }
              >;
            };
          }
        >
      >;
    };
    expect(doc.openapi).toBe("3.1.0");
    const listed = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    expect(listed.sort()).toEqual(
      [
        "GET /healthz",
        "GET /readyz",
        "POST /api/messages",
        "GET /api/v1/openapi.json",
        "GET /api/v1/me",
        "GET /api/v1/me/wellbeing",
        "GET /api/v1/my-students",
        "GET /api/v1/students/{id}",
        "POST /api/v1/students/{id}/cases",
        "GET /api/v1/students/{id}/cases/{caseId}",
        "POST /api/v1/students/{id}/cases/{caseId}/update",
        "POST /api/v1/students/{id}/cases/{caseId}/notes",
        "POST /api/v1/students/{id}/cases/{caseId}/hand-over",
        "POST /api/v1/students/{id}/cases/{caseId}/close",
        "GET /api/v1/students/{id}/support-staff",
        "GET /api/v1/students/{id}/export",
        "POST /api/v1/students/{id}/erase",
        "POST /api/v1/students/{id}/protected-identity",
        "GET /api/v1/school/audit",
        "GET /api/v1/school/overview",
        "POST /api/v1/school/mentorships/import",
        "POST /api/v1/students/{id}/flag/acknowledge",
        "POST /api/v1/students/{id}/flag/dismiss",
        "POST /api/v1/students/{id}/flag/snooze",
        "GET /api/v1/school/settings/thresholds",
        "PUT /api/v1/school/settings/thresholds",
        "GET /api/v1/action-cards",
        "POST /api/v1/action-cards",
        "GET /api/v1/classes/{id}/overview",
        "GET /api/v1/classes/{id}/climate-flags",
        "GET /api/v1/classes/{id}/schedules",
        "GET /api/v1/school/schedules",
        "POST /api/v1/schedules",
        "POST /api/v1/schedules/{id}/update",
        "POST /api/v1/schedules/{id}/pause",
        "POST /api/v1/schedules/{id}/delete",
        "POST /api/v1/schedules/{id}/send-now",
        "GET /api/v1/question-sets",
        "POST /api/v1/question-sets",
        "POST /api/v1/question-sets/check",
        "POST /api/v1/question-sets/choices",
        "POST /api/v1/question-sets/{id}/update",
        "POST /api/v1/question-sets/{id}/delete",
        "GET /api/v1/classes/{id}/rounds/{roundId}/delivery",
        "GET /api/v1/demo/users",
        "POST /api/v1/demo/sign-in",
        ...(listed.includes("POST /api/v1/classes/{id}/check-in") ? ["POST /api/v1/classes/{id}/check-in"] : []),
      ].sort(),
    );
    const assign = doc.paths["/api/v1/students/{id}/cases"]?.post;
    const schema = assign?.requestBody?.content["application/json"]?.schema;
    expect(Object.keys(schema?.properties ?? {})).toEqual(["cardId", "ownerId"]);
    expect(schema?.additionalProperties).toBe(false);
  });

  it("every listed route really exists on the server", async () => {
    const doc = (await (await h.call("GET", "/api/v1/openapi.json")).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const method of Object.keys(ops)) {
        const response = await h.call(
          method.toUpperCase(),
          p.replace("{id}", "x"),
          method === "post" ? { body: {} } : {},
        );
        const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
        expect({ route: `${method} ${p}`, status: response.status, message: body.error?.message }).not.toMatchObject({
          message: "No such route.",
        });
        expect(response.status, `${method} ${p}`).not.toBe(405);
      }
    }
  });
});
