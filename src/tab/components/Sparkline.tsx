import { tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/strings.js";

const WIDTH = 96;
const HEIGHT = 28;
/** Round means are on the 1-5 scale (StudentState.trend); a fixed scale keeps rows comparable at a glance. */
const MIN = 1;
const MAX = 5;

/** A tiny trend line for a list row; screen readers get the values in words. */
export function Sparkline({ values }: { values: readonly number[] }) {
  const { s, f, number } = useI18n();
  if (values.length === 0) return <svg width={WIDTH} height={HEIGHT} aria-hidden="true" />;
  const step = values.length > 1 ? (WIDTH - 4) / (values.length - 1) : 0;
  const y = (v: number) => 2 + (HEIGHT - 4) * (1 - (Math.min(MAX, Math.max(MIN, v)) - MIN) / (MAX - MIN));
  const points = values.map((v, i) => `${(2 + i * step).toFixed(1)},${y(v).toFixed(1)}`);
  const last = values[values.length - 1] ?? MIN;
  return (
    <svg
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={f(s.trendLabel, { values: values.map(number).join(", ") })}
    >
      <polyline points={points.join(" ")} fill="none" stroke={tokens.colorBrandForeground1} strokeWidth={2} />
      <circle cx={2 + (values.length - 1) * step} cy={y(last)} r={2.5} fill={tokens.colorBrandForeground1} />
    </svg>
  );
}
