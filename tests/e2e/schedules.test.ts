import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startE2e, type DemoUser, type E2e } from "./e2e-app.js";

/** Schedules in the tab (issue 4): a teacher edits a class schedule, a coordinator creates a school-wide one. */
let e2e: E2e;
let teacher: DemoUser;
let coordinator: DemoUser;

beforeAll(async () => {
  e2e = await startE2e();
  teacher = await e2e.userWithOnly("teacher");
  coordinator = await e2e.userWithOnly("coordinator");
}, 120_000);

afterAll(() => e2e?.stop());

describe("schedules in the tab", () => {
  it("a teacher adds a schedule, edits its time and sees the change", async () => {
    const { page, context, errors } = await e2e.signedIn(teacher.userId);
    await page.getByRole("navigation", { name: "Your classes" }).getByRole("link").first().click();
    const form = page.getByRole("form", { name: "Add schedule" });
    await form.getByLabel("Day", { exact: true }).selectOption({ label: "Saturday" });
    await form.getByLabel("Time", { exact: true }).fill("09:00");
    await form.getByLabel("Open for (hours)", { exact: true }).fill("3");
    await form.getByRole("button", { name: "Add schedule" }).click();
    const row = page.getByTestId("schedule-row").filter({ hasText: "Saturday 09:00" });
    await row.waitFor();
    await row.getByRole("button", { name: "Edit" }).click();
    const editing = page.getByRole("form", { name: "Save changes" });
    await editing.getByLabel("Time", { exact: true }).fill("10:30");
    await editing.getByRole("button", { name: "Save changes" }).click();
    await page.getByTestId("schedule-row").filter({ hasText: "Saturday 10:30" }).waitFor();
    expect(await page.getByTestId("schedule-row").filter({ hasText: "Saturday 09:00" }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a coordinator creates a school-wide schedule in the School view", async () => {
    const { page, context, errors } = await e2e.signedIn(coordinator.userId);
    await page.getByRole("link", { name: "School overview and settings" }).click();
    await page.getByRole("tab", { name: "Schedules" }).click();
    const form = page.getByRole("form", { name: "Add schedule" });
    await form.getByLabel("Reaches", { exact: true }).selectOption({ label: "The whole school" });
    await form.getByLabel("Day", { exact: true }).selectOption({ label: "Sunday" });
    await form.getByLabel("Time", { exact: true }).fill("12:00");
    await form.getByLabel("Open for (hours)", { exact: true }).fill("2");
    await form.getByRole("button", { name: "Add schedule" }).click();
    const row = page.getByTestId("school-schedule-row").filter({ hasText: "Sunday 12:00" });
    await row.waitFor();
    expect(await row.textContent()).toContain("Whole school");
    expect(errors).toEqual([]);
    await context.close();
  });
});
