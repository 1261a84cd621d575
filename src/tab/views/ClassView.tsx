import { Button, makeStyles, MessageBar, MessageBarBody, Text, Title2, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useState } from "react";
import type { ClassOverviewResponse } from "../../http/api/schemas/classes.js";
import type { Api } from "../api/client.js";
import { useAsync } from "../app/use-async.js";
import { Loading } from "../components/Loading.js";
import { Problem } from "../components/Problem.js";
import { useI18n } from "../i18n/strings.js";
import ClassClimatePanel from "./ClassClimatePanel.js";
import DeliveryReport from "./DeliveryReport.js";
import ScheduleEditor from "./ScheduleEditor.js";
import { classTrend } from "./class-trend.js";

const LineChart = lazy(() => import("../components/LineChart.js"));

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalL, flexWrap: "wrap" },
  table: { borderCollapse: "collapse", width: "100%", marginTop: tokens.spacingVerticalM },
  cell: {
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
  },
  hidden: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  note: { display: "block", marginTop: tokens.spacingVerticalM, color: tokens.colorNeutralForeground3 },
});

type Round = ClassOverviewResponse["rounds"][number];

/** The teacher's class view (channel tab): participation and class means, hidden under k respondents. */
export default function ClassView({ api, classId, canCheckIn }: { api: Api; classId: string; canCheckIn: boolean }) {
  const styles = useStyles();
  const { s, f, date, number } = useI18n();
  const [loaded, reload] = useAsync(() => api.classOverview(classId), [api, classId]);
  const [checkIn, setCheckIn] = useState<{ intent: "success" | "info" | "error"; text: string }>();
  const [busy, setBusy] = useState(false);

  const startCheckIn = async () => {
    setBusy(true);
    try {
      const result = await api.checkIn(classId);
      setCheckIn(
        result.opened ? { intent: "success", text: s.checkInOpened } : { intent: "info", text: s.checkInAlreadyOpen },
      );
      reload();
    } catch {
      setCheckIn({ intent: "error", text: s.checkInFailed });
    } finally {
      setBusy(false);
    }
  };

  if (loaded.status === "loading") return <Loading />;
  if (loaded.status === "error") return <Problem error={loaded.error} onRetry={reload} />;
  const overview = loaded.value;
  const questions = overview.rounds[0]?.questions ?? [];
  const trend = classTrend(overview.rounds);
  const cell = (round: Round, questionId: string) => {
    const q = round.questions.find((x) => x.questionId === questionId);
    if (!q) return "–";
    if (q.mean === null && q.hiddenBecause === "roundOpen")
      return <span className={styles.hidden}>{s.hiddenRoundOpen}</span>;
    if (q.mean === null)
      return <span className={styles.hidden}>{f(s.hiddenTooFew, { min: overview.minRespondents })}</span>;
    return f(s.averageOf, { value: number(q.mean) });
  };
  return (
    <section aria-labelledby="class-title">
      <div className={styles.header}>
        <Title2 as="h1" id="class-title">
          {f(s.classTitle, { name: overview.name })}
        </Title2>
        <Text>{f(s.classStudents, { count: overview.students })}</Text>
        {canCheckIn && (
          <Button appearance="primary" disabled={busy} onClick={() => void startCheckIn()}>
            {s.checkInNow}
          </Button>
        )}
      </div>
      {checkIn && (
        <MessageBar intent={checkIn.intent}>
          <MessageBarBody>{checkIn.text}</MessageBarBody>
        </MessageBar>
      )}
      {overview.rounds.length === 0 ? (
        <Text>{s.noRounds}</Text>
      ) : (
        <table className={styles.table}>
          <caption style={{ textAlign: "start" }}>
            <Text weight="semibold">{s.roundsTitle}</Text>
          </caption>
          <thead>
            <tr>
              <th className={styles.cell} scope="col" />
              {questions.map((q) => (
                <th key={q.questionId} className={styles.cell} scope="col">
                  {q.text}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {overview.rounds.map((round) => (
              <tr key={round.roundId} data-testid="round-row">
                <th className={styles.cell} scope="row">
                  <Text weight="semibold">{f(s.roundDate, { date: date(round.opensAt) })}</Text>
                  <br />
                  <Text size={200}>
                    {f(s.participation, {
                      respondents: round.respondents,
                      students: overview.students,
                      percent: Math.round((round.participation ?? 0) * 100),
                    })}
                  </Text>
                </th>
                {questions.map((q) => (
                  <td key={q.questionId} className={styles.cell}>
                    {cell(round, q.questionId)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section aria-labelledby="class-trend-title">
        <Text as="h2" weight="semibold" id="class-trend-title" block>
          {s.classTrendTitle}
        </Text>
        {trend.length === 0 ? (
          <Text>{s.classTrendEmpty}</Text>
        ) : (
          <Suspense fallback={<Loading />}>
            <LineChart
              series={trend.map((d) => ({ label: s[`dimension_${d.dimension}`], points: d.points }))}
              label={f(s.classTrendLabel, { min: overview.minRespondents })}
            />
          </Suspense>
        )}
      </section>
      <ClassClimatePanel api={api} classId={classId} />
      <DeliveryReport api={api} classId={classId} /> <ScheduleEditor api={api} classId={classId} />
      <Text size={200} className={styles.note}>
        {f(s.privacyNote, { min: overview.minRespondents })}
      </Text>
    </section>
  );
}
