import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { startFakeEntra, type FakeEntra } from "../../support/fake-entra.js";
import { startApiApp, type ApiApp, type ApiAppOptions } from "../../support/start-api-app.js";
import { seedSchool, type SchoolFixture } from "./school-fixture.js";

export const CLIENT_ID = "11111111-2222-4333-8444-555555555555";
export const TAB_DOMAIN = "trivsel.example.test";

/** The API over the test Azurite, a fake Entra issuer it trusts, and a seeded school whose tenant is allowed. */
export interface ApiHarness {
  app: ApiApp;
  entra: FakeEntra;
  school: SchoolFixture;
  /** A valid Teams SSO token for a user of the school. */
  tokenFor(userId: string): Promise<string>;
  /** fetch against the app with the user's token (when given) and JSON in/out. */
  call(method: string, path: string, options?: { as?: string; token?: string; body?: unknown }): Promise<Response>;
  stop(): Promise<void>;
}

export async function startApiHarness(
  options: Partial<ApiAppOptions> & { serviceUrl?: string } = {},
): Promise<ApiHarness> {
  const storageConnectionString = inject("storageConnectionString");
  const entra = await startFakeEntra();
  const { createTableStores } = await import("../../../src/adapters/azure-tables/create-table-stores.js");
  const school = await seedSchool(await createTableStores(storageConnectionString), new Date(), options.serviceUrl);
  const app = await startApiApp({
    storageConnectionString,
    ...options,
    env: {
      AAD_APP_CLIENT_ID: CLIENT_ID,
      TAB_DOMAIN,
      ALLOWED_TENANTS: `${school.tenantId},${randomUUID()}`,
      TEST_ENTRA_OPENID_URL: entra.metadataUrl,
      ...options.env,
    },
  });
  const tokenFor = (userId: string) => entra.mint({ tenantId: school.tenantId, userId, audience: CLIENT_ID });
  return {
    app,
    entra,
    school,
    tokenFor,
    async call(method, path, { as, token, body } = {}) {
      const bearer = token ?? (as ? await tokenFor(as) : undefined);
      return fetch(`${app.url}${path}`, {
        method,
        headers: {
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
          ...(body !== undefined ? { "content-type": "application/json" } : {}),
        },
        ...(body !== undefined ? { body: typeof body === "string" ? body : JSON.stringify(body) } : {}),
      });
    },
    async stop() {
      await app.stop();
      await entra.close();
    },
  };
}
