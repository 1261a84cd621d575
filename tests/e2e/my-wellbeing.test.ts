import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startE2e, type E2e } from "./e2e-app.js";

let e2e: E2e;
beforeAll(async () => {
  e2e = await startE2e();
}, 120_000);
afterAll(async () => e2e?.stop());

describe("My wellbeing, the students' personal tab", () => {
  it("a student sees their own trend per dimension, their requests to talk and who sees their answers", async () => {
    const student = (await e2e.users()).find((u) => u.roles.length === 1 && u.roles[0] === "student");
    expect(student).toBeDefined();
    const { page, errors, outside, context } = await e2e.signedIn(student!.userId, { path: "/my-wellbeing" });
    await page.getByRole("heading", { name: "My wellbeing", level: 1 }).waitFor();
    await expect.poll(() => page.getByRole("img", { name: /Trend over recent check-ins/ }).count()).toBeGreaterThan(0);
    await page.getByRole("heading", { name: "Your requests to talk" }).waitFor();
    await page.getByRole("heading", { name: "Who sees your answers" }).waitFor();
    expect(await page.getByText("Teachers only see class totals").count()).toBe(1);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });
});
