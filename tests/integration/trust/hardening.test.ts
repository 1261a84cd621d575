import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiHarness, type ApiHarness } from "../api/api-harness.js";

/**
 * trust.md P19/P20 over every route the OpenAPI document lists (so new routes are covered without editing this
 * file): security headers on every response, no-store on API answers, 413 over 256 KB, and hostile bodies
 * (random JSON, deep nesting, __proto__ keys, huge strings) never answered 5xx and never crashing the process.
 */
let h: ApiHarness;
let routes: Array<{ method: string; path: string }> = [];
beforeAll(async () => {
  h = await startApiHarness({ withBot: true });
  const doc = (await (await h.call("GET", "/api/v1/openapi.json")).json()) as { paths: Record<string, object> };
  routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path: concrete(path) })),
  );
  routes.push({ method: "POST", path: "/api/messages" });
});
afterAll(() => h?.stop());

/** Path parameters filled with ids of the seeded school, so requests reach the handlers. */
function concrete(path: string): string {
  return path
    .replace("{id}", h.school.students[0] ?? "x")
    .replace("{caseId}", "case-1")
    .replace("{flagId}", "flag-1");
}

function expectSecurityHeaders(res: Response, what: string) {
  expect(res.headers.get("x-content-type-options"), what).toBe("nosniff");
  expect(res.headers.get("referrer-policy"), what).toBe("no-referrer");
  expect(res.headers.get("content-security-policy"), what).toMatch(/frame-ancestors/);
}

describe("hardening on every route", () => {
  it("lists the routes it checks", () => {
    expect(routes.length).toBeGreaterThan(8);
  });

  it("every API response carries the security headers and Cache-Control: no-store", async () => {
    for (const { method, path } of routes) {
      for (const as of [undefined, h.school.mentor]) {
        const res = await h.call(method, path, { ...(as ? { as } : {}), ...(method === "POST" ? { body: {} } : {}) });
        await res.text();
        expectSecurityHeaders(res, `${method} ${path}`);
        expect(res.headers.get("cache-control"), `${method} ${path}`).toContain("no-store");
        expect(res.status, `${method} ${path}`).toBeLessThan(500);
      }
    }
  });

  it("the tab may be framed only by Teams and Microsoft 365 hosts; the API by nobody", async () => {
    const tab = await h.call("GET", "/tab/index.html");
    await tab.text();
    const csp = tab.headers.get("content-security-policy") ?? "";
    const ancestors = /frame-ancestors ([^;]+)/.exec(csp)?.[1]?.split(" ") ?? [];
    expect(ancestors).toContain("https://teams.microsoft.com");
    for (const host of ancestors) {
      expect(host).toMatch(
        /^('self'|https:\/\/([*.\w-]*\.)?(teams\.microsoft\.(com|us)|office\.com|office365\.com|microsoft365\.com|cloud\.microsoft|skype\.com))$/,
      );
    }
    const api = await h.call("GET", "/api/v1/me");
    await api.text();
    expect(api.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("answers 413 to a body over 256 KB on every POST route", async () => {
    const huge = JSON.stringify({ text: "x".repeat(300 * 1024) });
    for (const { method, path } of routes.filter((r) => r.method === "POST")) {
      const res = await h.call(method, path, { as: h.school.mentor, body: huge });
      await res.text();
      expect(res.status, path).toBe(413);
      expectSecurityHeaders(res, path);
    }
  });

  it("never answers 5xx to a body nested 50,000 levels deep", async () => {
    const text = "[".repeat(50_000) + "]".repeat(50_000);
    for (const { method, path } of routes.filter((r) => r.method === "POST")) {
      const res = await h.call(method, path, { as: h.school.mentor, body: text });
      await res.text();
      expect(res.status, path).toBeLessThan(500);
    }
  });

  it("never answers 5xx to hostile JSON, and stays alive", async () => {
    const deep = (depth: number) => JSON.parse("[".repeat(depth) + "]".repeat(depth)) as unknown;
    const hostile = fc.oneof(
      fc.json().map((text) => JSON.parse(text) as unknown),
      fc.anything(),
      fc.integer({ min: 100, max: 3000 }).map(deep),
      fc.constant(JSON.parse('{"__proto__":{"isCoordinator":true},"constructor":{"prototype":{"x":1}}}') as unknown),
      fc.string({ minLength: 10_000, maxLength: 60_000 }).map((s) => ({ text: s, cardId: s, ownerId: s })),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes.filter((r) => r.method === "POST")), hostile, async (route, body) => {
        const text = JSON.stringify(body) ?? "null";
        const res = await h.call(route.method, route.path, { as: h.school.mentor, body: text });
        await res.text();
        expect(res.status, `${route.path} ${text.slice(0, 80)}`).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
    expect(({} as Record<string, unknown>).isCoordinator).toBeUndefined();
    expect((await h.call("GET", "/healthz")).status).toBe(200);
  });
});
