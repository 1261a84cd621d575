import { makeStyles, Text, Title2, Title3, tokens } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import type { StudentRecordResponse } from "../../http/api/schemas/students.js";
import type { Api } from "../api/client.js";
import { useAsync } from "../app/use-async.js";
import { Loading } from "../components/Loading.js";
import { Problem } from "../components/Problem.js";
import { SeverityBadge } from "../components/SeverityBadge.js";
import { useI18n } from "../i18n/strings.js";
import { CasePanel } from "./CasePanel.js";

const LineChart = lazy(() => import("../components/LineChart.js"));

const useStyles = makeStyles({
  page: { display: "grid", gap: tokens.spacingVerticalXL, maxWidth: "60rem" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  cases: { display: "grid", gap: tokens.spacingVerticalL },
  table: { borderCollapse: "collapse" },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    textAlign: "start",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Same window as the server's "score before" (assign-action-card.ts), so the two compare like with like. */
const SCORE_ROUNDS = 3;

/**
 * One student for their mentor (deep-linkable from the bot's alert card): trend per dimension, answer history,
 * flags with reasons in words, help requests, and cases with their checklists and staff-only notes.
 */
export default function StudentPage({ api, studentId }: { api: Api; studentId: string }) {
  const styles = useStyles();
  const { s, f, date, number } = useI18n();
  const [loaded, reload] = useAsync(() => api.student(studentId), [api, studentId]);
  if (loaded.status === "loading") return <Loading />;
  if (loaded.status === "error") return <Problem error={loaded.error} onRetry={reload} />;
  const record = loaded.value;
  const series = record.dimensions.map((d) => ({ label: s[`dimension_${d.dimension}`], points: d.points }));
  const help = record.answers.filter((a) => a.help);
  const trend = record.classes.flatMap((c) => c.trend);
  const recent = trend.slice(-SCORE_ROUNDS);
  const current = recent.length > 0 ? recent.reduce((a, b) => a + b, 0) / recent.length : undefined;
  const today = new Date().toISOString().slice(0, 10);
  const topSeverity = Math.max(0, ...activeFlags(record).map((x) => x.severity)) as 0 | 1 | 2 | 3;
  return (
    <article className={styles.page} aria-labelledby="student-title" data-testid="student-page">
      <div>
        <Title2 as="h1" id="student-title">
          {record.name}
        </Title2>{" "}
        <SeverityBadge severity={topSeverity} />
      </div>
      <section aria-labelledby="trend-title">
        <Title3 as="h2" id="trend-title">
          {s.trendTitle}
        </Title3>
        {series.length === 0 ? (
          <Text block>{s.noAnswers}</Text>
        ) : (
          <Suspense fallback={<Loading />}>
            <LineChart series={series} label={f(s.trendChartLabel, { name: record.name })} />
          </Suspense>
        )}
      </section>
      <section aria-labelledby="flags-title">
        <Title3 as="h2" id="flags-title">
          {s.flagsTitle}
        </Title3>
        {record.flags.length === 0 ? (
          <Text block>{s.noFlags}</Text>
        ) : (
          <ul className={styles.list}>
            {record.flags.map((flag) => (
              <li key={flag.flagId} data-testid="flag">
                <SeverityBadge severity={flag.severity} /> <Text>{s[`flagStatus_${flag.status}`]}</Text>{" "}
                <Text className={styles.muted}>{f(s.flagSince, { date: date(flag.createdAt) })}</Text>
                <ul className={styles.list}>
                  {flag.reasons.map((r, i) => (
                    <li key={i}>
                      <Text>
                        {date(r.at)}: {r.text}
                      </Text>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="help-title">
        <Title3 as="h2" id="help-title">
          {s.helpTitle}
        </Title3>
        {help.length === 0 ? (
          <Text block>{s.noHelp}</Text>
        ) : (
          <ul className={styles.list}>
            {help.map((a) => (
              <li key={a.roundId}>
                <Text>
                  {f(s.helpAsked, { date: date(a.answeredAt), target: s[`helpTarget_${a.help?.target ?? "anyone"}`] })}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="cases-title" className={styles.cases}>
        <Title3 as="h2" id="cases-title">
          {s.casesTitle}
        </Title3>
        {record.cases.length === 0 && <Text>{s.noCases}</Text>}
        {record.cases.map((c) => (
          <CasePanel
            key={c.caseId}
            api={api}
            studentId={studentId}
            caseId={c.caseId}
            currentScore={current}
            today={today}
          />
        ))}
      </section>
      <section aria-labelledby="answers-title">
        <Title3 as="h2" id="answers-title">
          {s.answersTitle}
        </Title3>
        {record.answers.length === 0 ? (
          <Text block>{s.noAnswers}</Text>
        ) : (
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={styles.cell} scope="col">
                  {s.answerWhen}
                </th>
                {record.dimensions.map((d) => (
                  <th key={d.dimension} className={styles.cell} scope="col">
                    {s[`dimension_${d.dimension}`]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {record.answers.map((a) => (
                <tr key={a.roundId}>
                  <th className={styles.cell} scope="row">
                    {date(a.answeredAt)}
                  </th>
                  {record.dimensions.map((d) => {
                    const point = d.points.find((p) => p.at === a.answeredAt);
                    return (
                      <td key={d.dimension} className={styles.cell}>
                        {point ? number(point.value) : "–"}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}

function activeFlags(record: StudentRecordResponse) {
  return record.flags.filter((x) => x.status === "open" || x.status === "acknowledged");
}
