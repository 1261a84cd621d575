import { makeStyles, Text, Title2, tokens } from "@fluentui/react-components";
import type { Api } from "../api/client.js";
import { useAsync } from "../app/use-async.js";
import { Loading } from "../components/Loading.js";
import { Problem } from "../components/Problem.js";
import { Sparkline } from "../components/Sparkline.js";
import { useI18n } from "../i18n/strings.js";

const useStyles = makeStyles({ page: { display: "grid", gap: tokens.spacingVerticalM } });

/** A student's own view: their trend and when they answered. Only they and their mentors see this data. */
export default function MyCheckIns({ api, userId }: { api: Api; userId: string }) {
  const styles = useStyles();
  const { s, date } = useI18n();
  const [record, reload] = useAsync(() => api.student(userId), [api, userId]);
  if (record.status === "loading") return <Loading />;
  if (record.status === "error") return <Problem error={record.error} onRetry={reload} />;
  const { classes, answers } = record.value;
  return (
    <section className={styles.page}>
      <Title2 as="h1">{s.myCheckInsTitle}</Title2>
      <Text>{s.myCheckInsNote}</Text>
      {classes.map((c) => (
        <Sparkline key={c.classId} values={c.trend} />
      ))}
      {answers.length === 0 ? (
        <Text>{s.noAnswerYet}</Text>
      ) : (
        <ul>
          {answers.map((a) => (
            <li key={a.roundId}>
              <Text>{date(a.answeredAt)}</Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
