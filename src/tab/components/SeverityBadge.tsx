import { Badge, type BadgeProps } from "@fluentui/react-components";
import { useI18n } from "../i18n/strings.js";

const COLORS: Record<0 | 1 | 2 | 3, BadgeProps["color"]> = {
  3: "danger",
  2: "warning",
  1: "informative",
  0: "success",
};

/** Severity in words and colour; the words carry the meaning, so colour-blind users lose nothing. */
export function SeverityBadge({ severity }: { severity: 0 | 1 | 2 | 3 }) {
  const { s } = useI18n();
  const label = [s.severity0, s.severity1, s.severity2, s.severity3][severity];
  return (
    <Badge appearance={severity === 0 ? "ghost" : "filled"} color={COLORS[severity]} data-severity={severity}>
      {label}
    </Badge>
  );
}
