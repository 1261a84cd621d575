import { randomUUID } from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seedDemoSchool } from "../../src/use-cases/seed-demo-school.js";
import { ensureTabBuilt, launchBrowser, loopbackOnly, TAB_DIR } from "../support/browser.js";
import { startFakeEntra, type FakeEntra } from "../support/fake-entra.js";
import { startApiApp, type ApiApp } from "../support/start-api-app.js";
import { fakeTeamsHostHtml } from "./fake-teams-host.js";

/** The Entra app (client) id the test app trusts for Teams SSO tokens. */
const CLIENT_ID = "0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5";

let app: ApiApp;
let browser: Browser;
let tenantId: string;
let mentor: { userId: string; name: string };
let entra: FakeEntra;

beforeAll(async () => {
  tenantId = randomUUID();
  await ensureTabBuilt();
  entra = await startFakeEntra();
  app = await startApiApp({
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
  mentor = await mentorWithSuggestion();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await entra?.close();
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
    // CSP violations and failed loads show up as console errors.
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });

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

    // Another row: the split menu picks a different card from the library.
    const other = rows.filter({ has: page.getByTestId("assign-suggested") }).first();
    const otherId = (await other.getAttribute("data-student-id")) ?? "";
    await other.getByRole("button", { name: "Choose another Action Card" }).click();
    const items = page.getByRole("menuitem");
    await expect.poll(() => items.count()).toBeGreaterThan(1); // the library has loaded
    const pick = items.last();
    const pickedTitle = (await pick.textContent()) ?? "";
    const pickedId = (await pick.getAttribute("data-card-id")) ?? "";
    await pick.click();
    await page.locator(`[data-student-id="${otherId}"] [data-testid="open-case"]`).waitFor();
    expect(await page.locator(`[data-student-id="${otherId}"] [data-testid="open-case"]`).textContent()).toContain(
      pickedTitle,
    );
    expect((await app.stores.cases.listStudent(tenantId, otherId)).map((c) => c.cardId)).toEqual([pickedId]);
    await app.drainNotifications();

    // The case is stored, not just drawn: after a reload the row still shows it.
    await page.reload();
    await page.locator(`[data-student-id="${studentId}"] [data-testid="open-case"]`).waitFor();

    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });
});

describe("the tab inside Teams (a fake Teams host speaking teams-js's protocol)", () => {
  const hostUrl = () => `${app.url}/fake-teams-host.html`;

  it("uses SSO: the token from getAuthToken reaches the API, and the Teams theme and locale apply", async () => {
    const token = await entra.mint({ tenantId, userId: mentor.userId, audience: CLIENT_ID });
    const context = {
      locale: "da-DK",
      theme: "dark",
      tid: tenantId,
      userObjectId: mentor.userId,
      hostClientType: "web",
      frameContext: "content",
      entityId: "my-students",
    };
    const page = await browser.newPage();
    const outside = await loopbackOnly(page);
    await page.route(hostUrl(), (route) =>
      route.fulfill({
        contentType: "text/html",
        body: fakeTeamsHostHtml({ tabPath: "/tab/", token, frameContext: "content", context }),
      }),
    );
    const authorizations: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/v1/me")) authorizations.push(request.headers()["authorization"] ?? "");
    });
    await page.goto(hostUrl());
    const tab = page.frameLocator("#tab");
    await tab.getByRole("heading", { name: "Mine elever" }).waitFor();

    expect(authorizations).toEqual([`Bearer ${token}`]);
    const calls = (await page.evaluate("window.hostCalls.map((c) => c.func)")) as string[];
    expect(calls).toEqual(expect.arrayContaining(["initialize", "getContext", "authentication.getAuthToken"]));
    // Dark theme: Fluent's teamsDarkTheme paints the page background dark.
    const background = await tab
      .locator(".fui-FluentProvider")
      .first()
      .evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).backgroundColor ?? "");
    expect(luminance(background)).toBeLessThan(0.2);
    expect(await tab.getByRole("button", { name: /Log ud/ }).count()).toBe(0); // no demo sign-out inside Teams
    // Only teams-js's own valid-domain list (the CSP allows it in Teams); the test aborts it, as offline.
    expect(outside.filter((origin) => origin !== "https://res.cdn.office.net")).toEqual([]);
    await page.close();
  });

  it("the channel tab's configuration page saves a content URL for the team's class", async () => {
    const classId = (await app.stores.classes.list(tenantId))[0]?.classId ?? "";
    const token = await entra.mint({ tenantId, userId: mentor.userId, audience: CLIENT_ID });
    const context = {
      locale: "en-GB",
      theme: "default",
      tid: tenantId,
      userObjectId: mentor.userId,
      hostClientType: "web",
      frameContext: "settings",
      groupId: classId,
      teamId: "19:team@thread.tacv2",
    };
    const page = await browser.newPage();
    await loopbackOnly(page);
    await page.route(hostUrl(), (route) =>
      route.fulfill({
        contentType: "text/html",
        body: fakeTeamsHostHtml({ tabPath: "/tab/config", token, frameContext: "settings", context }),
      }),
    );
    await page.goto(hostUrl());
    await page.frameLocator("#tab").getByRole("heading", { name: "Add Trivsel to this channel" }).waitFor();
    await expect
      .poll(() =>
        page.evaluate("window.hostCalls.some((c) => c.func === 'settings.setValidityState' && c.args[0] === true)"),
      )
      .toBe(true);
    await page.evaluate("window.pressSave()");
    await expect
      .poll(() => page.evaluate("window.hostCalls.some((c) => c.func === 'settings.save.success')"))
      .toBe(true);
    const saved = (await page.evaluate("window.hostCalls.find((c) => c.func === 'settings.setSettings').args[0]")) as {
      contentUrl: string;
      entityId: string;
    };
    expect(saved.contentUrl).toBe(`${app.url}/tab/class?classId=${encodeURIComponent(classId)}`);
    expect(saved.entityId).toBe(`trivsel-class-${classId}`);
    await page.close();
  });
});

/** Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
