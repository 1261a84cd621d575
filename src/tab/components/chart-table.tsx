import { makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/strings.js";
import type { ChartSeries } from "./LineChart.js";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", marginTop: tokens.spacingVerticalS },
  cell: { padding: `2px ${tokens.spacingHorizontalS}`, textAlign: "start" },
});

/**
 * The chart's values as a table, behind a "Show the numbers" disclosure: the text alternative in the UI language
 * (dates and numbers formatted for the locale), readable by screen readers and by anyone who prefers numbers.
 */
export function ChartTable({ series, dates }: { series: readonly ChartSeries[]; dates: readonly string[] }) {
  const styles = useStyles();
  const { s, date, number } = useI18n();
  return (
    <details>
      <summary>{s.chartData}</summary>
      <table className={styles.table} data-testid="chart-table">
        <thead>
          <tr>
            <th className={styles.cell} scope="col">
              {s.chartDate}
            </th>
            {series.map((line) => (
              <th key={line.label} className={styles.cell} scope="col">
                {line.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dates.map((at) => (
            <tr key={at}>
              <th className={styles.cell} scope="row">
                {date(at)}
              </th>
              {series.map((line) => {
                const point = line.points.find((p) => p.at === at);
                return (
                  <td key={line.label} className={styles.cell}>
                    {point ? number(point.value) : "–"}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
