import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Frame, Page } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core (WCAG 2.1 A/AA rules) in the page and returns the serious and critical violations, each with the
 * selectors it hit, so a failing test says exactly what to fix.
 */
export async function seriousViolations(target: Page | Frame): Promise<AxeViolation[]> {
  await target.evaluate(AXE_SOURCE);
  // Tabster (Fluent's focus manager) adds invisible focus sentinels marked data-tabster-dummy around tab lists
  // and menus; Fluent documents excluding them from axe, as they exist only to catch focus and wrap it.
  const result = (await target.evaluate(`axe.run({ include: [["html"]], exclude: [["[data-tabster-dummy]"]] }, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
  }).then((r) => r.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ") + " " + n.html.slice(0, 160)),
  })))`)) as AxeViolation[];
  return result.filter((v) => v.impact === "serious" || v.impact === "critical");
}
