import { measureApiLatency, type LatencyFigures } from "./api-latency.js";
import { INITIAL_JS_BUDGET_KB, measureJsBudget } from "./js-budget.js";
import { measureListVisible } from "./list-visible.js";

/**
 * Issue 6's budgets: scales as the issue names them (10,000 and 100,000 students; 1,000,000 answers at the large
 * scale). Azurite's inserts slow down as a table grows (measured: ~3,700 rows/s into an empty table, ~1,400 rows/s
 * at 120,000 rows), so the full large scale takes hours to seed; BENCH_TAB_SMALL / BENCH_TAB_LARGE=students,answers
 * pick smaller scales with the same 10x step for a run that fits a working session. Azurite also answers every
 * $filter query by scanning the whole table (LokiTableMetadataStore.queryTableEntities: `.where(fn)`), so a
 * single-partition query slows with the table's size there, unlike Azure Table Storage; point reads use its
 * PartitionKey/RowKey index and stay flat.
 */
const SMALL = parseScale(process.env.BENCH_TAB_SMALL) ?? { students: 10_000, answers: 100_000 };
const LARGE = parseScale(process.env.BENCH_TAB_LARGE) ?? { students: 100_000, answers: 1_000_000 };

/** Runs the tab's benchmarks and prints their figures with same-run baselines; bench/run-all.ts calls it too. */
export async function run(): Promise<void> {
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
  const small = await measureApiLatency(SMALL);
  print(small);
  const large = await measureApiLatency(LARGE);
  print(large);
  console.log(
    `growth ${SMALL.students} -> ${LARGE.students} students: my-students p95 x${ratio(large.myStudents.p95, small.myStudents.p95)}, ` +
      `class view p95 x${ratio(large.classView.p95, small.classView.p95)} (flat = about x1)`,
  );
}

function print(f: LatencyFigures): void {
  console.log(
    `${f.students} students, ${f.answers} answers (seeded ${f.seed.rows} rows in ${f.seed.seconds.toFixed(0)} s, ` +
      `${Math.round(f.seed.rowsPerSecond)} rows/s): healthz p95 ${f.healthz.p95} ms; ` +
      `my-students p50 ${f.myStudents.p50} / p95 ${f.myStudents.p95} ms (x${ratio(f.myStudents.p95, f.healthz.p95)} healthz); ` +
      `class view p50 ${f.classView.p50} / p95 ${f.classView.p95} ms (x${ratio(f.classView.p95, f.healthz.p95)} healthz); ` +
      `non-200 answers: my-students ${f.myStudents.failures}, class view ${f.classView.failures}`,
  );
}

function parseScale(text: string | undefined) {
  const [students, answers] = (text ?? "").split(",").map(Number);
  return students && answers ? { students, answers } : undefined;
}
const ratio = (a: number, b: number) => (a / b).toFixed(2);
const pct = (x: number) => `${Math.round(x * 100)} %`;
