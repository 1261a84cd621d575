import { LineChart as FluentLineChart, type LineChartPoints } from "@fluentui/react-charts";
import { makeStyles } from "@fluentui/react-components";
import { useI18n } from "../i18n/strings.js";
import { ChartTable } from "./chart-table.js";
import { SERIES_COLORS, SERIES_DASHES } from "./chart-palette.js";

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

/** Tall enough for five labelled gridlines and the date axis; the width follows the container. */
const HEIGHT = 260;
/** With more dates than this, d3 picks the ticks itself so the labels do not overlap. */
const MAX_DATE_TICKS = 10;

const useStyles = makeStyles({
  figure: { margin: 0, maxWidth: "640px" },
  // The library capitalises every word of a legend ("Belonging In Class"); our labels are already written as
  // they should read in each language.
  legend: { textTransform: "none" },
});

/**
 * A trend chart on @fluentui/react-charts (issue 6: a maintained library, not hand-drawn SVG). This module is
 * imported with React.lazy by its callers, so the chart library and d3 stay out of the first download.
 *
 * Accessibility: the chart's name is the caller's `label` (the library's own description is English only); each
 * point is focusable with a label in the UI language; the table under the chart lists every value; colours are
 * Fluent tokens (Teams default, dark and high contrast) and lines differ by dash pattern and marker shape too.
 */
export default function LineChart({ series, label, min = 1, max = 5 }: LineChartProps) {
  const styles = useStyles();
  const { locale, date, number } = useI18n();
  const drawn = series.filter((line) => line.points.length > 0);
  const lineChartData: LineChartPoints[] = drawn.map((line, i) => ({
    legend: line.label,
    color: SERIES_COLORS[i % SERIES_COLORS.length],
    lineOptions: { strokeDasharray: SERIES_DASHES[i % SERIES_DASHES.length] },
    data: line.points.map((p) => ({
      x: new Date(p.at),
      y: p.value,
      xAxisCalloutData: date(p.at),
      yAxisCalloutData: number(p.value),
      callOutAccessibilityData: { ariaLabel: `${date(p.at)}. ${line.label}: ${number(p.value)}` },
    })),
  }));
  const dates = [...new Set(drawn.flatMap((line) => line.points.map((p) => p.at)))].sort();
  return (
    <figure className={styles.figure} data-testid="line-chart">
      {lineChartData.length > 0 && (
        <FluentLineChart
          data={{ chartTitle: label, lineChartData }}
          height={HEIGHT}
          culture={locale}
          yMinValue={min}
          yMaxValue={max}
          yAxisTickValues={Array.from({ length: max - min + 1 }, (_, i) => min + i)}
          tickValues={dates.length <= MAX_DATE_TICKS ? dates.map((at) => new Date(at)) : undefined}
          customDateTimeFormatter={(at) => date(at.toISOString())}
          hideTickOverlap
          allowMultipleShapesForPoints
          enabledLegendsWrapLines
          legendProps={{ styles: { legend: styles.legend } }}
          svgProps={{ "aria-label": label }}
        />
      )}
      <ChartTable series={drawn} dates={dates} />
    </figure>
  );
}
