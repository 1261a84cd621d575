import { makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/strings.js";

/** One line: a label and its points (x = ISO date), values on a fixed scale. */
export interface ChartSeries {
  label: string;
  points: ReadonlyArray<{ at: string; value: number }>;
}

export interface LineChartProps {
  series: readonly ChartSeries[];
  /** Read by screen readers as the chart's name; the numbers are in the table under it. */
  label: string;
  /** Scale of every answer: 1-5 (src/domain/survey/question.ts SCALE_MIN/SCALE_MAX). */
  min?: number;
  max?: number;
}

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 28, right: 12, top: 10, bottom: 24 };

// Fluent's categorical palette tokens stay readable in light, dark and high-contrast themes; the dash patterns
// tell lines apart without colour (WCAG 1.4.1).
const COLORS = [
  tokens.colorPaletteBlueForeground2,
  tokens.colorPaletteDarkOrangeForeground2,
  tokens.colorPaletteGreenForeground2,
  tokens.colorPaletteBerryForeground2,
  tokens.colorPaletteMarigoldForeground2,
  tokens.colorPaletteTealForeground2,
  tokens.colorPalettePurpleForeground2,
  tokens.colorPaletteRedForeground2,
  tokens.colorPaletteLightGreenForeground2,
];
const DASHES = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 4", "3 1", "12 2 2 2"];

const useStyles = makeStyles({
  chart: { width: "100%", maxWidth: `${WIDTH}px`, height: "auto", display: "block" },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    listStyle: "none",
    padding: 0,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  key: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  table: { borderCollapse: "collapse", marginTop: tokens.spacingVerticalS },
  cell: { padding: `2px ${tokens.spacingHorizontalS}`, textAlign: "start" },
});

/**
 * A small line chart drawn with SVG and Fluent tokens. The project has no chart library installed (see the
 * issue-6 closing note), so this stays deliberately plain and is loaded on demand, never in the first download.
 */
export default function LineChart({ series, label, min = 1, max = 5 }: LineChartProps) {
  const styles = useStyles();
  const { s, date, number } = useI18n();
  const dates = [...new Set(series.flatMap((line) => line.points.map((p) => p.at)))].sort();
  const first = dates.length > 0 ? Date.parse(dates[0] ?? "") : 0;
  const last = dates.length > 0 ? Date.parse(dates[dates.length - 1] ?? "") : 1;
  const span = Math.max(1, last - first);
  const x = (at: string) => PAD.left + ((Date.parse(at) - first) / span) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - min) / (max - min)) * (HEIGHT - PAD.top - PAD.bottom);
  const ticks = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={styles.chart} role="img" aria-label={label}>
        {ticks.map((t) => (
          <g key={t}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(t)}
              y2={y(t)}
              stroke={tokens.colorNeutralStroke2}
              strokeWidth={1}
            />
            <text x={4} y={y(t) + 4} fontSize={11} fill={tokens.colorNeutralForeground2}>
              {t}
            </text>
          </g>
        ))}
        {dates.length > 0 && (
          <>
            <text x={PAD.left} y={HEIGHT - 6} fontSize={11} fill={tokens.colorNeutralForeground2}>
              {date(dates[0] ?? "")}
            </text>
            <text
              x={WIDTH - PAD.right}
              y={HEIGHT - 6}
              fontSize={11}
              textAnchor="end"
              fill={tokens.colorNeutralForeground2}
            >
              {date(dates[dates.length - 1] ?? "")}
            </text>
          </>
        )}
        {series.map((line, i) => (
          <g key={line.label}>
            <polyline
              fill="none"
              stroke={COLORS[i % COLORS.length]}
              strokeWidth={2}
              strokeDasharray={DASHES[i % DASHES.length]}
              points={line.points.map((p) => `${x(p.at).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ")}
            />
            {line.points.map((p) => (
              <circle key={p.at} cx={x(p.at)} cy={y(p.value)} r={2.5} fill={COLORS[i % COLORS.length]} />
            ))}
          </g>
        ))}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        {series.map((line, i) => (
          <li key={line.label} className={styles.key}>
            <svg width={24} height={8}>
              <line
                x1={0}
                x2={24}
                y1={4}
                y2={4}
                stroke={COLORS[i % COLORS.length]}
                strokeWidth={2}
                strokeDasharray={DASHES[i % DASHES.length]}
              />
            </svg>
            {line.label}
          </li>
        ))}
      </ul>
      <details>
        <summary>{s.chartData}</summary>
        <table className={styles.table}>
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
    </figure>
  );
}
