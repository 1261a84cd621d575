import { SignJWT, generateKeyPair } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_AUDIENCE, DEMO_ISSUER } from "../../../src/http/auth/demo-issuer.js";
import { startApiApp, type ApiApp } from "../../support/start-api-app.js";
import { startApiHarness, type ApiHarness } from "./api-harness.js";
import { inject } from "vitest";

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h.stop());

/** A second app whose demo school is the harness's seeded school. */
async function demoApp(adjust?: Parameters<typeof startApiApp>[0]["adjustConfig"]): Promise<ApiApp> {
  return startApiApp({
    storageConnectionString: inject("storageConnectionString"),
    env: { DEMO_TENANT_ID: h.school.tenantId, ALLOWED_TENANTS: h.school.tenantId },
    ...(adjust ? { adjustConfig: adjust } : {}),
  });
}

const json = async <T>(response: Response) => (await response.json()) as T;

describe("local demo sign-in", () => {
  let app: ApiApp;
  beforeAll(async () => {
    app = await demoApp();
  });
  afterAll(() => app.stop());

  it("lists the seeded people with the roles they will have, staff first", async () => {
    const body = await json<{ users: Array<{ userId: string; name: string; roles: string[] }> }>(
      await fetch(`${app.url}/api/v1/demo/users`),
    );
    const byId = new Map(body.users.map((u) => [u.userId, u.roles]));
    expect(byId.get(h.school.mentor)).toEqual(["mentor"]);
    expect(byId.get(h.school.teacher)).toEqual(["teacher"]);
    expect(byId.get(h.school.coordinator)).toEqual(["coordinator"]);
    expect(byId.get(h.school.students[0] ?? "")).toEqual(["student"]);
    expect(body.users[0]?.roles).toContain("mentor");
  });

  it("signs in a seeded mentor with a token the API validates like any other", async () => {
    const signIn = await fetch(`${app.url}/api/v1/demo/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ userId: h.school.mentor }),
    });
    expect(signIn.status).toBe(200);
    const { token } = await json<{ token: string }>(signIn);
    const me = await fetch(`${app.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(await json<{ userId: string; roles: string[] }>(me)).toMatchObject({
      userId: h.school.mentor,
      roles: ["mentor"],
    });
    const list = await fetch(`${app.url}/api/v1/my-students`, { headers: { authorization: `Bearer ${token}` } });
    expect((await json<{ students: unknown[] }>(list)).students).toHaveLength(4);
  });

  it("refuses people who are not in the demo school, and bodies with anything but a user id", async () => {
    const post = (body: unknown) =>
      fetch(`${app.url}/api/v1/demo/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    expect((await post({ userId: "nobody-at-all" })).status).toBe(404);
    expect((await post({ userId: h.school.mentor, tenantId: "x" })).status).toBe(400);
  });

  it("does not accept a token claiming the demo issuer but signed with another key", async () => {
    const { privateKey } = await generateKeyPair("ES256");
    const forged = await new SignJWT({
      tid: h.school.tenantId,
      oid: h.school.coordinator,
      scp: "access_as_user",
      azp: "trivsel-local-demo-tab",
    })
      .setProtectedHeader({ alg: "ES256", kid: "demo-1" })
      .setIssuer(DEMO_ISSUER)
      .setAudience(DEMO_AUDIENCE)
      .setExpirationTime("1h")
      .sign(privateKey);
    const me = await fetch(`${app.url}/api/v1/me`, { headers: { authorization: `Bearer ${forged}` } });
    expect(me.status).toBe(401);
  });
});

describe("production mode", () => {
  it("has no demo sign-in, refuses demo tokens, and sends HSTS", async () => {
    const local = await demoApp();
    const signIn = await fetch(`${local.url}/api/v1/demo/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ userId: h.school.mentor }),
    });
    const { token } = await json<{ token: string }>(signIn);
    await local.stop();

    const production = await demoApp((config) => ({
      ...config,
      mode: "production",
      demo: { ...config.demo, signIn: false },
    }));
    try {
      expect((await fetch(`${production.url}/api/v1/demo/users`)).status).toBe(404);
      const me = await fetch(`${production.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(me.status).toBe(401);
      expect((await fetch(`${production.url}/healthz`)).headers.get("strict-transport-security")).toMatch(
        /max-age=\d+/,
      );
    } finally {
      await production.stop();
    }
  });
});
