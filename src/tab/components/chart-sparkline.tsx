import { Sparkline } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";
import { useLayoutEffect, useRef } from "react";
import { SCALE_MIN } from "../../domain/survey/question.js";
import { SPARKLINE_HEIGHT, SPARKLINE_WIDTH } from "./chart-sparkline-size.js";

/**
 * The library's Sparkline for one row (loaded lazily by ./Sparkline.tsx). It computes its scales once, when it
 * mounts, so the key remounts it when the values change; the brand colour token follows the Teams theme. Its
 * y-axis always starts at 0, so values are shifted down by SCALE_MIN: a 1 lies on the baseline and a drop from 4
 * to 2 reads as halving the height, not as a small dip near the top.
 */
export default function LibrarySparkline({ values }: { values: readonly number[] }) {
  const box = useRef<HTMLSpanElement>(null);
  // The library makes its <svg> a tab stop (tabIndex 0) inside a tabster focusable group, with no way to turn
  // either off. The row's wrapper is inert and names the trend in the UI language, so both are useless: the stop
  // traps Fluent's focus manager (Tab stops moving at the row), and each group adds two focus sentinels per row.
  // React never rewrites an attribute whose value did not change, so removing them after each render sticks.
  useLayoutEffect(() => {
    box.current?.querySelectorAll("[tabindex]").forEach((el) => el.removeAttribute("tabindex"));
    box.current?.querySelectorAll("[data-tabster]").forEach((el) => el.removeAttribute("data-tabster"));
  });
  return (
    <span ref={box}>
      <Sparkline
        key={values.join(",")}
        width={SPARKLINE_WIDTH}
        height={SPARKLINE_HEIGHT}
        data={{
          lineChartData: [
            { legend: "", color: tokens.colorBrandForeground1, data: values.map((y, x) => ({ x, y: y - SCALE_MIN })) },
          ],
        }}
      />
    </span>
  );
}
