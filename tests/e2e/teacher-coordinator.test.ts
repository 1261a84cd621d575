import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { startE2e, type DemoUser, type E2e } from "./e2e-app.js";
import { screenshot } from "./screenshots.js";

let e2e: E2e;
let teacher: DemoUser;
let coordinator: DemoUser;

beforeAll(async () => {
  e2e = await startE2e();
  teacher = await e2e.userWithOnly("teacher");
  coordinator = await e2e.userWithOnly("coordinator");
}, 120_000);

afterAll(() => e2e?.stop());

describe("teacher: the class view", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`shows participation, class averages over time as a chart and no individual answers (${colorScheme})`, async () => {
      const { page, context, errors } = await e2e.signedIn(teacher.userId, { colorScheme });
      await page.getByRole("navigation", { name: "Your classes" }).getByRole("link").first().click();
      await page.getByTestId("round-row").first().waitFor();
      await page.getByRole("region", { name: /class's averages per area/ }).waitFor();
      // The aggregates (rounds table and chart) name no student; a delivery report may list who got the survey.
      const rounds = page.getByRole("table").filter({ has: page.getByTestId("round-row") });
      const text = `${await rounds.textContent()} ${await page.locator("figure").first().textContent()}`;
      expect(text).toMatch(/\d+ of \d+ answered/);
      const names = (await e2e.users()).filter((u) => u.roles.includes("student")).map((u) => u.name);
      for (const name of names) expect(text).not.toContain(name);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `teacher-class-view-${colorScheme}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe("teacher: class climate", () => {
  it("lists an open climate flag of the class in words, naming no student", async () => {
    for (const c of await e2e.app.stores.classes.list(e2e.tenantId)) {
      const roster = await e2e.app.stores.members.list(e2e.tenantId, c.classId);
      if (!roster.some((m) => m.userId === teacher.userId && m.role === "teacher")) continue;
      const at = new Date().toISOString();
      const signal = {
        dimension: "belonging" as const,
        roundId: "e2e-climate",
        value: 2.9,
        baseline: 3.7,
        respondents: 14,
      };
      await e2e.app.stores.classFlags.put(
        {
          tenantId: e2e.tenantId,
          classId: c.classId,
          flagId: `climate:e2e-${c.classId}`,
          roundId: "e2e-climate",
          signals: [signal],
          status: "open",
          raisedAt: at,
          updatedAt: at,
        },
        undefined,
      );
    }
    const { page, context, errors } = await e2e.signedIn(teacher.userId);
    await page.getByRole("navigation", { name: "Your classes" }).getByRole("link").first().click();
    const panel = page.getByTestId("class-climate");
    await panel.getByTestId("climate-flag").first().waitFor();
    const text = (await panel.textContent()) ?? "";
    expect(text).toContain("the class averaged 2.9 of 5, 0.8 below its usual level (14 answered)");
    const names = (await e2e.users()).filter((u) => u.roles.includes("student")).map((u) => u.name);
    for (const name of names) expect(text).not.toContain(name);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("coordinator: the school view", () => {
  it("sees classes, levels, flags by reason and card effect, all guarded, and downloads them as CSV", async () => {
    const { page, context, errors } = await e2e.signedIn(coordinator.userId);
    await page.getByRole("link", { name: "School overview and settings" }).click();
    await page.getByTestId("school-classes").waitFor();
    expect(await page.getByTestId("school-classes").locator("tbody tr").count()).toBeGreaterThan(1);
    expect(await page.getByTestId("school-levels").textContent()).toContain("GF1");
    await page.getByTestId("flags-by-reason").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "coordinator-school-overview-light");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download aggregates (CSV)" }).click(),
    ]);
    const csv = readFileSync((await download.path()) ?? "", "utf8");
    expect(csv.split("\r\n")[0]).toBe("kind,id,name,level,students,respondents,participation,mean");
    expect(csv).toContain("school,school,");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("checks a mentor CSV with a dry run that names the bad lines, then imports a clean one", async () => {
    const { page, context } = await e2e.signedIn(coordinator.userId, { path: "/school" });
    await page.getByRole("tab", { name: "Mentors" }).click();
    const classId = (await e2e.app.stores.classes.list(e2e.tenantId))[0]?.classId ?? "";
    const student = (await e2e.app.stores.members.list(e2e.tenantId, classId)).find((m) => m.role === "student");
    const csv = `mentor_id,student_id,class_id,role\n${teacher.userId},${student?.userId},${classId},studentCoach\n${teacher.userId},nobody,${classId}`;
    await page.getByTestId("import-csv").fill(csv);
    await page.getByRole("button", { name: "Check (dry run)" }).click();
    await page.getByText("Line 3: the student is not on that class's roster").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "coordinator-mentor-import");
    expect(await e2e.app.stores.mentorships.studentsOf(e2e.tenantId, teacher.userId)).toEqual([]);

    await page.getByTestId("import-csv").fill(csv.split("\n").slice(0, 2).join("\n"));
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByText("1 assignments saved.").waitFor();
    const saved = await e2e.app.stores.mentorships.studentsOf(e2e.tenantId, teacher.userId);
    expect(saved.map((m) => [m.studentId, m.role])).toEqual([[student?.userId, "studentCoach"]]);
    await context.close();
  });

  it("edits a built-in Action Card's English title in the library editor", async () => {
    const { page, context } = await e2e.signedIn(coordinator.userId, { path: "/school" });
    await page.getByRole("tab", { name: "Action Cards" }).click();
    const pick = page.getByTestId("card-pick");
    await pick.waitFor();
    await pick.selectOption("stress-workload");
    const title = page.getByTestId("card-title-en");
    await expect.poll(() => title.inputValue()).not.toBe("");
    await title.fill("Lighten the load together");
    await page.getByRole("button", { name: "Save card" }).click();
    await page.getByText("The card is saved in the school's library.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const stored = await e2e.app.stores.actionCards.get(e2e.tenantId, "stress-workload");
    expect(stored?.text.en.title).toBe("Lighten the load together");
    expect(stored?.text.da.title).not.toBe("Lighten the load together");
    await context.close();
  });

  it("edits the flag thresholds in the dark theme", async () => {
    const { page, context } = await e2e.signedIn(coordinator.userId, { path: "/school", colorScheme: "dark" });
    await page.getByRole("tab", { name: "Thresholds" }).click();
    const field = page.getByTestId("threshold-silenceRounds");
    await field.waitFor();
    await field.fill("3");
    await page.getByRole("button", { name: "Save thresholds" }).click();
    await page.getByText("Thresholds saved.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "coordinator-thresholds-dark");
    await page.getByRole("tab", { name: "Overview" }).click();
    await page.getByTestId("school-classes").waitFor();
    await screenshot(page, "coordinator-school-overview-dark");
    await context.close();
  });
});
