import { Card, makeStyles, Subtitle2, Text, Title2, tokens } from "@fluentui/react-components";
import type { MyWellbeingResponse } from "../../http/api/schemas/wellbeing.js";
import type { Api } from "../api/client.js";
import { useAsync } from "../app/use-async.js";
import { Loading } from "../components/Loading.js";
import { Problem } from "../components/Problem.js";
import { Sparkline } from "../components/Sparkline.js";
import { WELLBEING_STRINGS } from "../i18n/my-wellbeing.js";
import { useI18n } from "../i18n/strings.js";

const useStyles = makeStyles({
  page: { display: "grid", gap: tokens.spacingVerticalL, maxWidth: "640px" },
  rows: { display: "grid", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
  row: { display: "grid", gridTemplateColumns: "1fr auto auto", alignItems: "center", gap: tokens.spacingHorizontalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** Fetches the student's own data; the API takes identity from the token only. */
export type WellbeingSource = Pick<Api, "myWellbeing">;

/**
 * The students' personal tab: their own trend per dimension this term (the app's Sparkline, drawn by
 * @fluentui/react-charts), their open requests to talk, and in plain words who sees their answers.
 */
export default function MyWellbeing({ api }: { api: WellbeingSource }) {
  const styles = useStyles();
  const { locale, f, s, date, number } = useI18n();
  const w = WELLBEING_STRINGS[locale];
  const [data, reload] = useAsync(() => api.myWellbeing(), [api]);
  if (data.status === "loading") return <Loading />;
  if (data.status === "error") return <Problem error={data.error} onRetry={reload} />;
  const { dimensions, openHelpRequests, answeredRounds }: MyWellbeingResponse = data.value;
  return (
    <section className={styles.page} aria-labelledby="my-wellbeing-title">
      <Title2 as="h1" id="my-wellbeing-title">
        {w.title}
      </Title2>
      <Text>{dimensions.length ? w.intro : w.empty}</Text>
      {dimensions.length > 0 && (
        <Card>
          <ul className={styles.rows}>
            {dimensions.map(({ dimension, points }) => {
              const latest = points[points.length - 1]?.value ?? 0;
              return (
                <li key={dimension} className={styles.row}>
                  <Text weight="semibold">{s[`dimension_${dimension}`]}</Text>
                  <Sparkline values={points.map((p) => p.value)} />
                  <Text size={200}>{f(w.latest, { value: number(latest) })}</Text>
                </li>
              );
            })}
          </ul>
          <Text size={200}>{f(w.answered, { count: answeredRounds })}</Text>
        </Card>
      )}
      <Subtitle2 as="h2">{w.helpTitle}</Subtitle2>
      {openHelpRequests.length === 0 ? (
        <Text>{w.helpNone}</Text>
      ) : (
        <ul className={styles.list}>
          {openHelpRequests.map((r) => (
            <li key={r.at}>
              <Text>
                {f(r.seen ? w.helpSeen : w.helpWaiting, { date: date(r.at), target: w[`target_${r.target}`] })}
              </Text>
            </li>
          ))}
        </ul>
      )}
      <Subtitle2 as="h2">{w.privacyTitle}</Subtitle2>
      <ul className={styles.list}>
        {[w.privacy1, w.privacy2, w.privacy3, w.privacy4].map((line) => (
          <li key={line}>
            <Text>{line}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}
