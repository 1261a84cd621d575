import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { launchBrowser } from "../../tests/support/browser.js";
import { startApiApp } from "../../tests/support/start-api-app.js";
import { seedDemoSchool } from "../../src/use-cases/seed-demo-school.js";
import { startAzuriteProcesses } from "../answers/azurite-process.js";

/** Page loads measured per figure; the median of 7 damps one slow start. */
const RUNS = 7;
const TAB_DIR = fileURLToPath(new URL("../../dist/tab/", import.meta.url));

export interface VisibleFigures {
  /** Median ms from navigation to the first row of "My students" (signed-in demo mentor, local mode). */
  mentorListMs: number;
  /** Baseline in the same run: median ms to the demo sign-in screen, which needs the same bundle but no data. */
  signInScreenMs: number;
}

/** Local mode in headless Chromium: the demo school, a demo token in sessionStorage, a cold browser context each run. */
export async function measureListVisible(): Promise<VisibleFigures> {
  const azurite = await startAzuriteProcesses();
  const tenantId = randomUUID();
  const app = await startApiApp({
    storageConnectionString: azurite.connectionString,
    env: { DEMO_TENANT_ID: tenantId, ALLOWED_TENANTS: tenantId },
    tabDir: TAB_DIR,
  });
  const browser = await launchBrowser();
  try {
    await seedDemoSchool(app.stores, { tenantId, now: new Date() });
    const users = (await (await fetch(`${app.url}/api/v1/demo/users`)).json()) as {
      users: Array<{ userId: string; roles: string[] }>;
    };
    const mentor = users.users.find((u) => u.roles.includes("mentor"));
    const signIn = await fetch(`${app.url}/api/v1/demo/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ userId: mentor?.userId }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const load = async (withToken: boolean, waitFor: string) => {
      const context = await browser.newContext();
      if (withToken) await context.addInitScript((t) => sessionStorage.setItem("trivsel.demoToken", t), token);
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(`${app.url}/tab/`);
      await page.locator(waitFor).first().waitFor();
      const ms = performance.now() - t0;
      await context.close();
      return ms;
    };
    const median = async (withToken: boolean, waitFor: string) => {
      await load(withToken, waitFor); // warm the server's file cache and JIT
      const runs: number[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await load(withToken, waitFor));
      return Math.round(runs.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!);
    };
    return {
      mentorListMs: await median(true, '[data-testid="student-row"]'),
      signInScreenMs: await median(false, "#demo-user"),
    };
  } finally {
    await browser.close();
    await app.stop();
    await azurite.stop();
  }
}
