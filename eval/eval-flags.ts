import { DEFAULT_THRESHOLDS, type Thresholds } from "../src/domain/scoring/thresholds.js";
import { buildCohort } from "./cohort.js";
import { measure, REQUIRED_WARNING_WEEKS } from "./metrics.js";
import { runRules } from "./run-rules.js";

/**
 * `npm run eval:flags`: a regression guard for the flag rules on SYNTHETIC data (issue 5). It says how the rules
 * behave on invented trajectories, not how they perform on real students.
 */
const STUDENTS = 1000;
const WEEKS = 20;
const SEED = 20261123;

const variants: Array<[string, Thresholds]> = [
  ["defaults", DEFAULT_THRESHOLDS],
  [
    "DESIGN §3 literal (any low item, any item drop)",
    { ...DEFAULT_THRESHOLDS, lowScoreAlone: 2, roundDropBelowBaseline: -9 },
  ],
  ["round drop >= 0.5", { ...DEFAULT_THRESHOLDS, roundDropBelowBaseline: 0.5 }],
  ["round drop >= 0.9", { ...DEFAULT_THRESHOLDS, roundDropBelowBaseline: 0.9 }],
  ["item drop >= 0.75", { ...DEFAULT_THRESHOLDS, dropBelowBaseline: 0.75 }],
  ["item drop >= 1.5", { ...DEFAULT_THRESHOLDS, dropBelowBaseline: 1.5 }],
  ["silence 3 rounds", { ...DEFAULT_THRESHOLDS, silenceRounds: 3 }],
  ["resolve after 2 good rounds", { ...DEFAULT_THRESHOLDS, resolveAfterGoodRounds: 2 }],
];

const cohort = buildCohort(STUDENTS, WEEKS, SEED);
const rows = variants.map(([name, thresholds]) => {
  const m = measure(runRules(cohort, WEEKS, thresholds, SEED + 1), WEEKS);
  return {
    variant: name,
    declines: m.declines,
    [`recall (>= ${REQUIRED_WARNING_WEEKS} wk early)`]: `${(m.recall * 100).toFixed(1)}%`,
    "median warning (wk)": m.medianWarningWeeks,
    "false alarms / mentor / wk": m.falseAlarmsPerMentorWeek.toFixed(2),
  };
});
console.log(`Cohort simulator: ${STUDENTS} synthetic students, ${WEEKS} weeks, seed ${SEED}. Synthetic data only.`);
console.table(rows);
