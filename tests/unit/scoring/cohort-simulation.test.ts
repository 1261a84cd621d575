import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLDS } from "../../../src/domain/scoring/thresholds.js";
import { buildCohort } from "../../../eval/cohort.js";
import { measure } from "../../../eval/metrics.js";
import { runRules } from "../../../eval/run-rules.js";

// A regression guard on SYNTHETIC data (issue 5): the defaults must keep their measured quality when rules change.
describe("the default flag rules on a simulated cohort", () => {
  const weeks = 20;
  const cohort = buildCohort(1000, weeks, 20261123);
  const metrics = measure(runRules(cohort, weeks, DEFAULT_THRESHOLDS, 20261124), weeks);

  it("catch at least 80% of declines at least 2 weeks before the crisis point", () => {
    expect(metrics.declines).toBeGreaterThan(100);
    expect(metrics.recall).toBeGreaterThanOrEqual(0.8);
  });

  it("raise at most 2 false alarms per mentor (25 students) per week", () => {
    expect(metrics.falseAlarmsPerMentorWeek).toBeLessThanOrEqual(2);
  });
});
