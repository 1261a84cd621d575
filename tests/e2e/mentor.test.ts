import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { startE2e, type E2e } from "./e2e-app.js";
import { fakeTeamsHostHtml } from "./fake-teams-host.js";
import { screenshot } from "./screenshots.js";

let e2e: E2e;
let mentorId: string;

beforeAll(async () => {
  e2e = await startE2e();
  const mentors = (await e2e.users()).filter((u) => u.roles.includes("mentor"));
  for (const mentor of mentors) {
    const token = await e2e.tokenFor(mentor.userId);
    const response = await fetch(`${e2e.app.url}/api/v1/my-students`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const { students } = (await response.json()) as { students: Array<{ severity: number; suggestedCardId?: string }> };
    if (students.filter((s) => s.severity > 0 && s.suggestedCardId).length >= 2) {
      mentorId = mentor.userId;
      return;
    }
  }
  throw new Error("the demo school has no mentor with two flagged students");
}, 120_000);

afterAll(() => e2e?.stop());

describe("mentor: My students and the student page", () => {
  it("filters by severity, reason, case status and name; the list stays flagged first", async () => {
    const { page, context, errors } = await e2e.signedIn(mentorId);
    const rows = page.getByTestId("student-row");
    await rows.first().waitFor();
    const total = await rows.count();
    await page.getByTestId("filter-severity").selectOption("0");
    await expect.poll(() => rows.count()).toBeLessThan(total);
    const severities = await rows.evaluateAll((els) =>
      els.map((el) => el.querySelector("[data-severity]")?.getAttribute("data-severity")),
    );
    expect(new Set(severities)).toEqual(new Set(["0"]));
    await page.getByTestId("filter-severity").selectOption("");
    await expect.poll(() => rows.count()).toBe(total);

    const name = (await rows.nth(1).getByTestId("open-student").textContent()) ?? "";
    await page.getByTestId("filter-search").fill(name.slice(0, 4).toLowerCase());
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const names = await rows.evaluateAll((els) => els.map((el) => el.querySelector("a")?.textContent ?? ""));
    for (const shown of names) expect(shown.toLowerCase()).toContain(name.slice(0, 4).toLowerCase());
    await page.getByTestId("filter-search").fill("");

    await page.getByTestId("filter-case").selectOption("open");
    await page.getByText("No students match these filters.").waitFor();
    await page.getByTestId("filter-case").selectOption("");
    await page.getByTestId("filter-reason").selectOption("silence");
    await expect.poll(() => rows.count()).toBeLessThan(total);

    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("assigns the suggested card with the keyboard alone (dark theme)", async () => {
    const { page, context } = await e2e.signedIn(mentorId, { colorScheme: "dark" });
    await page.getByTestId("student-row").first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "mentor-my-students-dark");
    const target = page.getByTestId("assign-suggested").first();
    const studentId = await target.evaluate((el) => el.closest("[data-student-id]")?.getAttribute("data-student-id"));
    let focused = "";
    for (let i = 0; i < 60 && focused !== "assign-suggested"; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? "");
    }
    expect(focused).toBe("assign-suggested");
    await page.keyboard.press("Enter");
    await page.locator(`[data-student-id="${studentId}"] [data-testid="open-case"]`).waitFor();
    expect(await e2e.app.stores.cases.listStudent(e2e.tenantId, studentId ?? "")).toHaveLength(1);
    await e2e.app.drainNotifications();
    await context.close();
  });

  it("opens a student, ticks a step, adds a note, is told when someone else changed the case, and closes it", async () => {
    const { page, context, errors } = await e2e.signedIn(mentorId);
    const row = page
      .getByTestId("student-row")
      .filter({ has: page.getByTestId("assign-suggested") })
      .first();
    await row.waitFor();
    const studentId = (await row.getAttribute("data-student-id")) ?? "";
    await row.getByTestId("assign-suggested").click();
    await page.locator(`[data-student-id="${studentId}"] [data-testid="open-case"]`).waitFor();
    await screenshot(page, "mentor-my-students");
    await page.locator(`[data-student-id="${studentId}"]`).getByTestId("open-student").click();

    const panel = page.getByTestId("case-panel").first();
    await panel.waitFor();
    await page.getByRole("region", { name: /answers per area/ }).waitFor(); // the trend chart
    expect(await page.getByTestId("flag").count()).toBeGreaterThan(0);
    expect(page.url()).toContain(`/tab/student?studentId=${studentId}`);

    // The checkbox is controlled by the stored case: it turns checked once the API has saved the step.
    await panel.getByRole("checkbox").first().click();
    await expect.poll(() => panel.getByTestId("case-status").textContent()).toBe("in progress");
    expect(await panel.getByRole("checkbox").first().isChecked()).toBe(true);
    await panel.getByLabel("New note (never shown to the student)").fill("Spoke briefly; follow up Friday.");
    await panel.getByRole("button", { name: "Add note" }).click();
    await panel.getByText("Spoke briefly; follow up Friday.").waitFor();
    // The box empties once the save has finished and the buttons are enabled again: a settled screen for axe.
    await expect.poll(() => panel.getByLabel("New note (never shown to the student)").inputValue()).toBe("");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "mentor-student-page");

    // Someone else ticks step 2 meanwhile: this screen's next change is refused and the case reloads.
    const [stored] = await e2e.app.stores.cases.listStudent(e2e.tenantId, studentId);
    const current = await e2e.app.stores.cases.get(e2e.tenantId, studentId, stored?.caseId ?? "");
    if (!current) throw new Error("case missing");
    await e2e.app.stores.cases.update({ ...current.value, stepsDone: [0, 1] }, current.etag);
    await panel.getByRole("checkbox").nth(2).click();
    await panel.getByText(/Someone else changed this case/).waitFor();
    expect(await panel.getByRole("checkbox").nth(1).isChecked()).toBe(true);
    expect(await panel.getByRole("checkbox").nth(2).isChecked()).toBe(false);

    await panel.getByTestId("outcome-select").selectOption("improved");
    await panel.getByRole("button", { name: "Close case" }).click();
    await expect.poll(() => panel.getByTestId("case-status").textContent()).toBe("closed");
    const closed = await e2e.app.stores.cases.get(e2e.tenantId, studentId, stored?.caseId ?? "");
    expect(closed?.value).toMatchObject({ status: "closed", outcome: "improved", stepsDone: [0, 1] });
    expect(closed?.value.notes?.map((n) => n.text)).toEqual(["Spoke briefly; follow up Friday."]);
    expect(await panel.getByTestId("case-scores").locator("td").count()).toBe(2);
    // The refused change is the one expected failed load; nothing else may fail.
    expect(errors.filter((e) => !e.includes("409 (Conflict)"))).toEqual([]);
    await context.close();
  });

  it("the bot's deep link (subEntityId) opens the student page inside Teams", async () => {
    const rows = await fetch(`${e2e.app.url}/api/v1/my-students`, {
      headers: { authorization: `Bearer ${await e2e.tokenFor(mentorId)}` },
    });
    const [first] = ((await rows.json()) as { students: Array<{ studentId: string; name: string }> }).students;
    const token = await e2e.tokenFor(mentorId);
    const context = {
      locale: "en-GB",
      theme: "dark",
      tid: e2e.tenantId,
      userObjectId: mentorId,
      hostClientType: "web",
      frameContext: "content",
      entityId: "my-students",
      subEntityId: first?.studentId,
    };
    const page = await e2e.browser.newPage({ viewport: { width: 1200, height: 900 } });
    const hostUrl = `${e2e.app.url}/fake-teams-host.html`;
    await page.route(hostUrl, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: fakeTeamsHostHtml({ tabPath: "/tab/", token, frameContext: "content", context }),
      }),
    );
    await page.goto(hostUrl);
    const tab = page.frameLocator("#tab");
    await tab.getByRole("heading", { name: first?.name ?? "", level: 1 }).waitFor();
    await tab.getByRole("heading", { name: "Trend per area this term" }).waitFor();
    await tab.getByRole("region", { name: /answers per area/ }).waitFor();
    await screenshot(page, "mentor-student-page-dark");
    await page.close();
  });
});
