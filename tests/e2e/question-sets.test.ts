import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { startE2e, type DemoUser, type E2e } from "./e2e-app.js";

let e2e: E2e;
let coordinator: DemoUser;
let teacher: DemoUser;

beforeAll(async () => {
  e2e = await startE2e();
  coordinator = await e2e.userWithOnly("coordinator");
  teacher = await e2e.userWithOnly("teacher");
}, 120_000);

afterAll(() => e2e?.stop());

describe("coordinator: question sets", () => {
  it("creates a set in four languages and finds it in the schedule form's set dropdown", async () => {
    const { page, context, errors } = await e2e.signedIn(coordinator.userId);
    await page.getByRole("link", { name: "School overview and settings" }).click();
    await page.getByRole("tab", { name: "Question sets" }).click();
    await page.getByTestId("question-set-row").first().waitFor();
    await page.getByRole("button", { name: "New set" }).click();
    for (const [lang, name] of [
      ["DA", "Fredagstjek"],
      ["SV", "Fredagskoll"],
      ["FI", "Perjantaikysely"],
      ["EN", "Friday check"],
    ] as const) {
      await page.getByLabel(`Name (${lang})`).fill(name);
    }
    await page.getByLabel("Questions per check-in (2-5)").fill("2");
    const uses = page.locator("fieldset select");
    await uses.nth(0).selectOption("fixed"); // a mood item every time
    await uses.nth(5).selectOption("rotating"); // belonging and
    await uses.nth(10).selectOption("rotating"); // teacher relations taking turns
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Save set" }).click();
    await page.getByText("The question set was saved.").waitFor();
    const row = page.getByTestId("question-set-row").filter({ hasText: "Friday check" });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Never measures: .*energy and sleep/);
    // The choices beside the editor offer the new set at once.
    await page
      .getByLabel("School default", { exact: true })
      .locator("option", { hasText: "Friday check" })
      .waitFor({ state: "attached" });

    await page.getByRole("tab", { name: /schedules/i }).click();
    await page.locator("option", { hasText: "Friday check" }).first().waitFor({ state: "attached" });
    expect(await page.locator("option", { hasText: "Friday check" }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000); // a real browser on a shared 2-core machine: generous, not a timing assertion

  it("chooses the school's default set and a class's own; the teacher's new schedule form starts with each", async () => {
    const openQuestionSets = async () => {
      const signedIn = await e2e.signedIn(coordinator.userId);
      await signedIn.page.getByRole("link", { name: "School overview and settings" }).click();
      await signedIn.page.getByRole("tab", { name: "Question sets" }).click();
      return signedIn;
    };
    const coord = await openQuestionSets();
    await coord.page.getByLabel("School default", { exact: true }).selectOption("fortnightly-5");
    await coord.page.getByText("The choice was saved.").waitFor();
    expect(await coord.page.getByTestId("class-question-set").count()).toBeGreaterThan(0);
    expect(await seriousViolations(coord.page)).toEqual([]);
    expect(coord.errors).toEqual([]);
    await coord.context.close();

    const teaching = await e2e.signedIn(teacher.userId);
    const classLink = teaching.page.getByRole("navigation", { name: "Your classes" }).getByRole("link").first();
    const className = (await classLink.textContent()) ?? "";
    await classLink.click();
    const questions = teaching.page
      .getByRole("form", { name: "Add schedule" })
      .getByLabel("Questions", { exact: true });
    await expect.poll(() => questions.inputValue(), { timeout: 30_000 }).toBe("fortnightly-5");

    // The class's own choice wins over the school default; a set of the school's own, so neither is the blank form's.
    await e2e.app.stores.questionSets.put({
      tenantId: e2e.tenantId,
      set: {
        id: "qs-e2e-class",
        name: { da: "Klassefokus", sv: "Klassfokus", fi: "Luokan painotus", en: "Class focus" },
        cadence: "weekly",
        fixed: ["mood-week"],
        rotating: [["belonging-class"]],
        size: 2,
      },
      updatedBy: coordinator.userId,
      updatedAt: new Date().toISOString(),
    });
    const again = await openQuestionSets();
    await again.page.getByLabel(`Set for ${className}`, { exact: true }).selectOption("qs-e2e-class");
    await again.page.getByText("The choice was saved.").waitFor();
    await again.context.close();
    await teaching.page.reload();
    await teaching.page.getByRole("form", { name: "Add schedule" }).waitFor();
    await expect.poll(() => questions.inputValue(), { timeout: 30_000 }).toBe("qs-e2e-class");
    expect(teaching.errors).toEqual([]);
    await teaching.context.close();
  }, 120_000);
});
