import { randomUUID } from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seedDemoSchool } from "../../src/use-cases/seed-demo-school.js";
import { ensureTabBuilt, launchBrowser, loopbackOnly, TAB_DIR } from "../support/browser.js";
import { startApiApp, type ApiApp } from "../support/start-api-app.js";

let app: ApiApp;
let browser: Browser;
let tenantId: string;
let mentor: { userId: string; name: string };

beforeAll(async () => {
  tenantId = randomUUID();
  await ensureTabBuilt();
  app = await startApiApp({
    storageConnectionString: inject("storageConnectionString"),
    env: { DEMO_TENANT_ID: tenantId, ALLOWED_TENANTS: tenantId },
    tabDir: TAB_DIR,
  });
  await seedDemoSchool(app.stores, { tenantId, now: new Date() });
  mentor = await mentorWithSuggestion();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** A seeded mentor with at least one flagged student who has a suggested card and no case yet. */
async function mentorWithSuggestion(): Promise<{ userId: string; name: string }> {
  const { users } = (await (await fetch(`${app.url}/api/v1/demo/users`)).json()) as {
    users: Array<{ userId: string; name: string; roles: string[] }>;
  };
  for (const user of users.filter((u) => u.roles.includes("mentor"))) {
    const signIn = await fetch(`${app.url}/api/v1/demo/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ userId: user.userId }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const list = await fetch(`${app.url}/api/v1/my-students`, { headers: { authorization: `Bearer ${token}` } });
    const { students } = (await list.json()) as {
      students: Array<{ severity: number; suggestedCardId?: string; openCase?: unknown }>;
    };
    if (students.some((s) => s.severity > 0 && s.suggestedCardId && !s.openCase)) return user;
  }
  throw new Error("the demo school has no mentor with a flagged student");
}

describe("the tab in a browser, local demo mode", () => {
  it("a mentor signs in, sees flagged students first and assigns an Action Card with one click", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    const outside = await loopbackOnly(page);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));

    await page.goto(`${app.url}/tab/`);
    await page.getByRole("heading", { name: "Sign in to the demo school" }).waitFor();
    await page.selectOption("#demo-user", mentor.userId);
    await page.getByRole("button", { name: "Sign in" }).click();

    await page.getByRole("heading", { name: "My students" }).waitFor();
    const rows = page.getByTestId("student-row");
    await rows.first().waitFor();
    const severities = (await rows.evaluateAll((els) =>
      els.map((el) => Number(el.querySelector("[data-severity]")?.getAttribute("data-severity"))),
    )) as number[];
    expect(severities[0]).toBeGreaterThan(0);
    expect(severities).toEqual([...severities].sort((a, b) => b - a));
    await expect.poll(() => rows.first().locator("li").count()).toBeGreaterThan(0); // reasons in words

    const row = rows.filter({ has: page.getByTestId("assign-suggested") }).first();
    const studentId = (await row.getAttribute("data-student-id")) ?? "";
    const buttonText = (await row.getByTestId("assign-suggested").textContent()) ?? "";
    const title = /“(.+)”/.exec(buttonText)?.[1] ?? "";
    expect(title).not.toBe("");

    await row.getByTestId("assign-suggested").click();
    const badge = page.locator(`[data-student-id="${studentId}"] [data-testid="open-case"]`);
    await badge.waitFor();
    expect(await badge.textContent()).toContain(title);

    const cases = await app.stores.cases.listStudent(tenantId, studentId);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ ownerId: mentor.userId, assignedBy: mentor.userId, status: "open" });
    expect(await app.drainNotifications()).toEqual([
      expect.objectContaining({ kind: "caseAssigned", studentId, ownerId: mentor.userId }),
    ]);

    // The case is stored, not just drawn: after a reload the row still shows it.
    await page.reload();
    await page.locator(`[data-student-id="${studentId}"] [data-testid="open-case"]`).waitFor();

    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });
});
