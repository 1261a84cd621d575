import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ID, TAB_DOMAIN, startApiHarness, type ApiHarness } from "./api-harness.js";

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h.stop());

const me = (token?: string) => h.call("GET", "/api/v1/me", token ? { token } : {});
const mint = (
  options: Parameters<ApiHarness["entra"]["mint"]>[1],
  overrides: { tenantId?: string; audience?: string } = {},
) =>
  h.entra.mint(
    {
      tenantId: overrides.tenantId ?? h.school.tenantId,
      userId: h.school.mentor,
      audience: overrides.audience ?? CLIENT_ID,
    },
    options,
  );

describe("tab API token validation", () => {
  it("accepts a valid Teams SSO token and names the user by tid + oid", async () => {
    const response = await me(await mint({}));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { userId: string; tenantId: string; roles: string[] };
    expect(body).toMatchObject({ userId: h.school.mentor, tenantId: h.school.tenantId });
    expect(body.roles).toContain("mentor");
  });

  it("accepts the api://{tabDomain}/{clientId} audience and v1 (sts.windows.net) issuers", async () => {
    const apiAudience = await mint({}, { audience: `api://${TAB_DOMAIN}/${CLIENT_ID}` });
    expect((await me(apiAudience)).status).toBe(200);
    const v1 = await mint({
      claims: {
        iss: `https://sts.windows.net/${h.school.tenantId}/`,
        azp: undefined,
        appid: "1fec8e78-bce4-4aaf-ab1b-5451cc387264",
        ver: "1.0",
      },
    });
    expect((await me(v1)).status).toBe(200);
  });

  const cases: Array<[string, () => Promise<string | undefined>, number, string]> = [
    ["no token", async () => undefined, 401, "missingToken"],
    ["a token that is not a JWT", async () => "not-a-jwt", 401, "invalidToken"],
    ["a bad signature", () => mint({ signWith: "rogue" }), 401, "invalidToken"],
    ["a wrong issuer", () => mint({ claims: { iss: "https://evil.example/issuer" } }), 401, "invalidToken"],
    [
      "another tenant's issuer",
      () => mint({ claims: { iss: `https://login.microsoftonline.com/${randomUUID()}/v2.0` } }),
      401,
      "invalidToken",
    ],
    ["a wrong audience", () => mint({}, { audience: "api://someone-else" }), 401, "invalidToken"],
    ["an unknown client (azp)", () => mint({ claims: { azp: randomUUID() } }), 401, "invalidToken"],
    ["no oid", () => mint({ claims: { oid: undefined } }), 401, "invalidToken"],
    ["an expired token", () => mint({ expiresIn: -600 }), 401, "expiredToken"],
    ["a token without scp", () => mint({ claims: { scp: undefined } }), 403, "insufficientScope"],
    ["a token with another scope", () => mint({ claims: { scp: "User.Read" } }), 403, "insufficientScope"],
    ["a tenant that is not allowed", () => mint({}, { tenantId: randomUUID() }), 403, "tenantNotAllowed"],
  ];
  it.each(cases)("refuses %s", async (_name, token, status, code) => {
    const response = await me(await token());
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error: { code, message: expect.any(String) } });
  });

  it("tolerates a little clock skew but not an expired token beyond it", async () => {
    expect(await me(await mint({ expiresIn: -60 }))).toHaveProperty("status", 200);
    expect(await me(await mint({ expiresIn: -360 }))).toHaveProperty("status", 401);
  });

  it("never takes identity from the query or the body", async () => {
    const token = await mint({});
    const response = await h.call("GET", `/api/v1/me?userId=${h.school.coordinator}&oid=${h.school.coordinator}`, {
      token,
    });
    expect(((await response.json()) as { userId: string }).userId).toBe(h.school.mentor);
  });

  it("fetches the signing keys once and reuses them", async () => {
    const before = h.entra.jwksRequests();
    for (let i = 0; i < 3; i++) await me(await mint({}));
    expect(h.entra.jwksRequests()).toBe(before);
    expect(before).toBe(1);
  });
});
