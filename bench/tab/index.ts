import { measureApiLatency, type LatencyFigures, type Pass } from "./api-latency.js";
import { INITIAL_JS_BUDGET_KB, measureJsBudget } from "./js-budget.js";
import { measureListVisible } from "./list-visible.js";

/**
 * Issue 6's budgets at the scales it names: 10,000 students / 100,000 answers and 100,000 / 1,000,000 (plus, at
 * each, the rosters, mentorships, status rows, rounds and history copies those imply: ~2.5 rows per answer).
 * BENCH_TAB_SMALL / BENCH_TAB_LARGE=students,answers pick other scales (keep the 10x step), e.g. for a quick run.
 * BENCH_TAB_ONLY=api skips the browser figures.
 *
 * Latency is measured twice on the same seeded Azurite: stock (its LokiJS runs every $filter query over the
 * whole table, so any query slows as its table grows, which Azure Table Storage does not) and with a partition
 * index shim (azurite-partition-index.cjs) that models Azure's partition seek. Flat "indexed" figures plus the
 * request counts (point reads and single-partition queries only, the same number at both scales) are the claim.
 */
const SMALL = parseScale(process.env.BENCH_TAB_SMALL) ?? { students: 10_000, answers: 100_000 };
const LARGE = parseScale(process.env.BENCH_TAB_LARGE) ?? { students: 100_000, answers: 1_000_000 };

/** Runs the tab's benchmarks and prints their figures with same-run baselines; bench/run-all.ts calls it too. */
export async function run(): Promise<void> {
  if (process.env.BENCH_TAB_ONLY !== "api") {
    const js = await measureJsBudget();
    console.log(
      `initial JS (gzip): ${js.initialGzipKb} KB of ${INITIAL_JS_BUDGET_KB} KB budget ` +
        `(${pct(js.initialGzipKb / INITIAL_JS_BUDGET_KB)}); all chunks ${js.allGzipKb} KB`,
    );
    const visible = await measureListVisible();
    console.log(
      `mentor list visible (local mode, Chromium, median): ${visible.mentorListMs} ms; ` +
        `sign-in screen ${visible.signInScreenMs} ms (ratio ${(visible.mentorListMs / visible.signInScreenMs).toFixed(2)})`,
    );
  }
  const small = await measureApiLatency(SMALL, console.log);
  print(small);
  const large = await measureApiLatency(LARGE, console.log);
  print(large);
  const growth = (label: string, of: (f: LatencyFigures) => Pass) =>
    console.log(
      `growth ${SMALL.students} -> ${LARGE.students} students, ${label}: ` +
        `my-students p50 x${ratio(of(large).myStudents.p50, of(small).myStudents.p50)} ` +
        `p95 x${ratio(of(large).myStudents.p95, of(small).myStudents.p95)}; ` +
        `class view p50 x${ratio(of(large).classView.p50, of(small).classView.p50)} ` +
        `p95 x${ratio(of(large).classView.p95, of(small).classView.p95)} (flat = about x1)`,
    );
  growth("stock Azurite", (f) => f.stock);
  growth("partition-indexed Azurite", (f) => f.indexed);
}

function print(f: LatencyFigures): void {
  console.log(
    `${f.students} students, ${f.answers} answers: seeded ${f.seed.rows} rows in ${f.seed.requests} requests, ` +
      `${f.seed.seconds.toFixed(0)} s (${Math.round(f.seed.rowsPerSecond)} rows/s); Azurite peak RSS ${f.azuritePeakRssMb} MB`,
  );
  for (const [label, pass] of [
    ["stock Azurite", f.stock],
    ["partition-indexed Azurite", f.indexed],
  ] as const) {
    console.log(
      `  ${label}: healthz p95 ${pass.healthz.p95} ms; ` +
        `my-students p50 ${pass.myStudents.p50} / p95 ${pass.myStudents.p95} ms; ` +
        `class view p50 ${pass.classView.p50} / p95 ${pass.classView.p95} ms; ` +
        `non-200: ${pass.myStudents.failures + pass.classView.failures}`,
    );
  }
  console.log(`  storage requests per call: my-students: ${f.requests.myStudents}`);
  console.log(`  storage requests per call: class view: ${f.requests.classView}`);
}

function parseScale(text: string | undefined) {
  const [students, answers] = (text ?? "").split(",").map(Number);
  return students && answers ? { students, answers } : undefined;
}
const ratio = (a: number, b: number) => (a / b).toFixed(2);
const pct = (x: number) => `${Math.round(x * 100)} %`;
