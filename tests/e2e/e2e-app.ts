import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { inject } from "vitest";
import { seedDemoSchool } from "../../src/use-cases/seed-demo-school.js";
import { ensureTabBuilt, launchBrowser, loopbackOnly, TAB_DIR } from "../support/browser.js";
import { startFakeEntra, type FakeEntra } from "../support/fake-entra.js";
import { startApiApp, type ApiApp } from "../support/start-api-app.js";

/** The Entra app (client) id the test app trusts for Teams SSO tokens. */
export const CLIENT_ID = "0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5";

export interface DemoUser {
  userId: string;
  name: string;
  roles: string[];
}

/** The real app over the test Azurite with the demo school seeded, a fake Entra issuer and headless Chromium. */
export interface E2e {
  app: ApiApp;
  browser: Browser;
  entra: FakeEntra;
  tenantId: string;
  users(): Promise<DemoUser[]>;
  /** The first demo user with `role` who is not also a mentor, so a role's own view is what the test sees. */
  userWithOnly(role: string): Promise<DemoUser>;
  tokenFor(userId: string): Promise<string>;
  /** A fresh page signed in through the demo sign-in screen, loopback only; `errors` collects console errors. */
  signedIn(userId: string, options?: { colorScheme?: "light" | "dark"; path?: string }): Promise<SignedInPage>;
  stop(): Promise<void>;
}

export interface SignedInPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
  outside: string[];
}

export async function startE2e(): Promise<E2e> {
  const tenantId = randomUUID();
  await ensureTabBuilt();
  const entra = await startFakeEntra();
  const app = await startApiApp({
    storageConnectionString: inject("storageConnectionString"),
    env: {
      DEMO_TENANT_ID: tenantId,
      ALLOWED_TENANTS: tenantId,
      AAD_APP_CLIENT_ID: CLIENT_ID,
      TEST_ENTRA_OPENID_URL: entra.metadataUrl,
    },
    tabDir: TAB_DIR,
  });
  await seedDemoSchool(app.stores, { tenantId, now: new Date() });
  const browser = await launchBrowser();
  const users = async () => {
    const response = await fetch(`${app.url}/api/v1/demo/users`);
    return ((await response.json()) as { users: DemoUser[] }).users;
  };
  return {
    app,
    browser,
    entra,
    tenantId,
    users,
    async userWithOnly(role) {
      const user = (await users()).find((u) => u.roles.includes(role) && !u.roles.includes("mentor"));
      if (!user) throw new Error(`the demo school has no ${role}`);
      return user;
    },
    tokenFor: (userId) => entra.mint({ tenantId, userId, audience: CLIENT_ID }),
    async signedIn(userId, options = {}) {
      const context = await browser.newContext({
        locale: "en-US",
        colorScheme: options.colorScheme ?? "light",
        // Fluent honours reduced motion: no colour transitions half-way through when axe measures contrast.
        reducedMotion: "reduce",
        viewport: { width: 1200, height: 900 },
      });
      const page = await context.newPage();
      const outside = await loopbackOnly(page);
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      await page.goto(`${app.url}/tab/`);
      await page.getByRole("heading", { name: "Sign in to the demo school" }).waitFor();
      await page.selectOption("#demo-user", userId);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("button", { name: "Sign out" }).waitFor();
      if (options.path) await page.goto(`${app.url}/tab${options.path}`);
      return { context, page, errors, outside };
    },
    async stop() {
      await browser.close();
      await app.stop();
      await entra.close();
    },
  };
}
