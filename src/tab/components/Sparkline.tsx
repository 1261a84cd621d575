import { makeStyles } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { useI18n } from "../i18n/strings.js";
import { SPARKLINE_HEIGHT, SPARKLINE_WIDTH } from "./chart-sparkline-size.js";

// One module-level lazy import: every row of "My students" waits on the same chunk (fetched once), and the chart
// library stays out of the first download (issue 6's initial-JS budget).
const LibrarySparkline = lazy(() => import("./chart-sparkline.js"));

const useStyles = makeStyles({
  box: { display: "inline-block", width: `${SPARKLINE_WIDTH}px`, height: `${SPARKLINE_HEIGHT}px`, lineHeight: 0 },
});

/**
 * A tiny trend line for a list row, drawn by @fluentui/react-charts' Sparkline once its chunk has loaded (an empty
 * box of the same size until then, so rows do not jump). Screen readers get the values in words, in the UI
 * language; the drawing itself is inert (the library would make every row's line a tab stop with an English name).
 */
export function Sparkline({ values }: { values: readonly number[] }) {
  const styles = useStyles();
  const { s, f, number } = useI18n();
  if (values.length === 0) return <span className={styles.box} aria-hidden="true" />;
  return (
    <span
      className={styles.box}
      role="img"
      aria-label={f(s.trendLabel, { values: values.map(number).join(", ") })}
      data-testid="sparkline"
    >
      <span inert>
        <Suspense fallback={null}>
          <LibrarySparkline values={values} />
        </Suspense>
      </span>
    </span>
  );
}
