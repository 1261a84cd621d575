import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ClassClimateFlagsResponse } from "../../http/api/schemas/class-climate.js";
import type { Api } from "../api/client.js";
import { useAsync } from "../app/use-async.js";
import { Loading } from "../components/Loading.js";
import { Problem } from "../components/Problem.js";
import { CLIMATE_STRINGS } from "../i18n/class-climate.js";
import { useI18n } from "../i18n/strings.js";

const useStyles = makeStyles({
  panel: { marginTop: tokens.spacingVerticalL },
  list: { listStyle: "none", padding: 0, margin: 0, display: "grid", gap: tokens.spacingVerticalS },
  item: {
    padding: tokens.spacingVerticalS,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteMarigoldBorderActive}`,
  },
  resolved: { borderLeftColor: tokens.colorNeutralStroke1 },
  reasons: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
  note: { display: "block", marginTop: tokens.spacingVerticalS, color: tokens.colorNeutralForeground3 },
});

/**
 * The class's open and recent climate flags (issue 5), each explained in words by the server in the user's
 * language. Class averages only: the API never sends student ids or answers, so the panel cannot show any.
 */
export default function ClassClimatePanel({ api, classId }: { api: Api; classId: string }) {
  const styles = useStyles();
  const { locale, f, date } = useI18n();
  const c = CLIMATE_STRINGS[locale];
  const [loaded, reload] = useAsync(
    () =>
      api.call<ClassClimateFlagsResponse>(
        "GET",
        `/api/v1/classes/${encodeURIComponent(classId)}/climate-flags?${api.query}`,
      ),
    [api, classId],
  );
  return (
    <section aria-labelledby="class-climate-title" className={styles.panel} data-testid="class-climate">
      <Text as="h2" weight="semibold" id="class-climate-title" block>
        {c.climateTitle}
      </Text>
      {loaded.status === "loading" && <Loading />}
      {loaded.status === "error" && <Problem error={loaded.error} onRetry={reload} />}
      {loaded.status === "ready" &&
        (loaded.value.flags.length === 0 ? (
          <Text>{c.climateNone}</Text>
        ) : (
          <ul className={styles.list}>
            {loaded.value.flags.map((flag) => (
              <li
                key={flag.flagId}
                className={`${styles.item} ${flag.status === "resolved" ? styles.resolved : ""}`}
                data-testid="climate-flag"
              >
                {flag.status === "open" ? (
                  <Badge color="warning">{f(c.climateOpen, { date: date(flag.raisedAt) })}</Badge>
                ) : (
                  <Badge color="informative">
                    {f(c.climateResolved, { from: date(flag.raisedAt), to: date(flag.resolvedAt ?? flag.raisedAt) })}
                  </Badge>
                )}
                <ul className={styles.reasons}>
                  {flag.explanation.map((line) => (
                    <li key={line}>
                      <Text>{line}</Text>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        ))}
      <Text size={200} className={styles.note}>
        {c.climateNote}
      </Text>
    </section>
  );
}
