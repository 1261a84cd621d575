import type { Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n } from "../../src/tab/i18n/strings.js";
import { seriousViolations } from "./axe.js";
import { startE2e, type E2e } from "./e2e-app.js";
import { fakeTeamsHostHtml } from "./fake-teams-host.js";

interface Row {
  studentId: string;
  name: string;
  trend: number[];
}
interface Dimension {
  dimension: string;
  points: Array<{ at: string; value: number }>;
}

let e2e: E2e;
let mentorId: string;
let rows: Row[];

beforeAll(async () => {
  e2e = await startE2e();
  const mentor = (await e2e.users()).find((u) => u.roles.includes("mentor"));
  if (!mentor) throw new Error("the demo school has no mentor");
  mentorId = mentor.userId;
  rows = (await getJson<{ students: Row[] }>("/api/v1/my-students")).students;
}, 120_000);

afterAll(() => e2e?.stop());

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${e2e.app.url}${path}`, {
    headers: { authorization: `Bearer ${await e2e.tokenFor(mentorId)}` },
  });
  return (await response.json()) as T;
}

describe("charts drawn by @fluentui/react-charts", () => {
  it("My students: each row's trend is the library's sparkline, named with its values, and no tab stop", async () => {
    const withTrend = rows.filter((r) => r.trend.length > 0);
    expect(withTrend.length).toBeGreaterThan(10);
    const { page, context, errors } = await e2e.signedIn(mentorId);
    const drawn = page.locator('[data-testid="sparkline"] svg path.line');
    // All rows share one lazily loaded chunk; once it is in, every row with a trend draws its line.
    await expect.poll(() => drawn.count()).toBe(withTrend.length);
    const en = createI18n("en");
    for (const row of withTrend) {
      const spark = page.locator(`[data-student-id="${row.studentId}"] [data-testid="sparkline"]`);
      expect(await spark.getAttribute("role")).toBe("img");
      expect(await spark.getAttribute("aria-label")).toBe(
        en.f(en.s.trendLabel, { values: row.trend.map(en.number).join(", ") }),
      );
    }
    expect(await page.locator('[data-testid="sparkline"] [tabindex]').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  // One locale per Teams theme, so every language and theme is walked once.
  it.each([
    { locale: "da", theme: "dark" },
    { locale: "sv", theme: "contrast" },
    { locale: "fi", theme: "default" },
  ] as const)(
    "student page ($locale, $theme): one line per area, one point per answer, values in the table",
    async ({ locale, theme }) => {
      const student = rows.find((r) => r.trend.length > 2) ?? rows[0];
      if (!student) throw new Error("no students");
      const record = await getJson<{ name: string; dimensions: Dimension[] }>(`/api/v1/students/${student.studentId}`);
      const t = createI18n(locale);
      const page = await e2e.browser.newPage({ viewport: { width: 1200, height: 900 } });
      const hostUrl = `${e2e.app.url}/fake-teams-host.html`;
      const token = await e2e.tokenFor(mentorId);
      const teams = {
        locale,
        theme,
        tid: e2e.tenantId,
        userObjectId: mentorId,
        hostClientType: "web",
        frameContext: "content",
        entityId: "my-students",
        subEntityId: student.studentId,
      };
      await page.route(hostUrl, (route) =>
        route.fulfill({
          contentType: "text/html",
          body: fakeTeamsHostHtml({ tabPath: "/tab/", token, frameContext: "content", context: teams }),
        }),
      );
      await page.goto(hostUrl);
      const tab = page.frameLocator("#tab");
      const chart = tab.getByRole("region", { name: t.f(t.s.trendChartLabel, { name: record.name }) });
      await chart.waitFor();
      const lines = chart.locator("g[role=region]");
      await expect.poll(() => lines.count()).toBe(record.dimensions.length);
      for (const d of record.dimensions) {
        const label = t.s[`dimension_${d.dimension}` as keyof typeof t.s];
        for (const p of d.points) {
          const name = `${t.date(p.at)}. ${label}: ${t.number(p.value)}`;
          expect(await chart.getByRole("img", { name, exact: true }).count(), name).toBeGreaterThan(0);
        }
      }

      await tab.getByText(t.s.chartData).click();
      const table = tab.getByTestId("chart-table");
      const dates = new Set(record.dimensions.flatMap((d) => d.points.map((p) => p.at)));
      expect(await table.locator("tbody tr").count()).toBe(dates.size);
      const headers = await table.locator("thead th").allTextContents();
      expect(headers).toEqual([
        t.s.chartDate,
        ...record.dimensions.map((d) => t.s[`dimension_${d.dimension}` as keyof typeof t.s]),
      ]);
      const frame = page.frames().find((f) => f.url().includes("/tab/")) as Frame;
      expect(await seriousViolations(frame)).toEqual([]);
      await page.close();
    },
  );
});
