import { Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { MyStudent } from "../../http/api/schemas/students.js";
import { useI18n } from "../i18n/strings.js";

/** The list's filters; "" means "all". */
export interface Filters {
  classId: string;
  reason: string;
  severity: string;
  caseStatus: "" | "none" | "open";
  search: string;
}

export const NO_FILTERS: Filters = { classId: "", reason: "", severity: "", caseStatus: "", search: "" };

const REASONS = ["helpRequest", "dropoutThoughts", "lowScore", "drop", "silence"] as const;

/** Applies the filters on the client: the list is one mentor's students, at most a few dozen rows. */
export function applyFilters(rows: readonly MyStudent[], filters: Filters): MyStudent[] {
  const search = filters.search.trim().toLocaleLowerCase();
  return rows.filter(
    (r) =>
      (!filters.classId || r.classId === filters.classId) &&
      (!filters.reason || r.reasons.some((x) => x.kind === filters.reason)) &&
      (!filters.severity || String(r.severity) === filters.severity) &&
      (!filters.caseStatus || (filters.caseStatus === "open") === (r.openCase !== undefined)) &&
      (!search || r.name.toLocaleLowerCase().includes(search)),
  );
}

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, margin: `${tokens.spacingVerticalM} 0` },
});

/** Class, reason, severity, case status and a name search, each a labelled native control (keyboard-first). */
export function StudentFilters({
  rows,
  value,
  onChange,
}: {
  rows: readonly MyStudent[];
  value: Filters;
  onChange: (next: Filters) => void;
}) {
  const styles = useStyles();
  const { s } = useI18n();
  const classes = [...new Map(rows.map((r) => [r.classId, r.className])).entries()];
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  const severities = [3, 2, 1, 0] as const;
  return (
    <div className={styles.bar} role="search">
      <Field label={s.filterSearch}>
        <Input value={value.search} onChange={(_, d) => set({ search: d.value })} data-testid="filter-search" />
      </Field>
      <Field label={s.filterClass}>
        <Select value={value.classId} onChange={(_, d) => set({ classId: d.value })} data-testid="filter-class">
          <option value="">{s.filterAll}</option>
          {classes.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.filterReason}>
        <Select value={value.reason} onChange={(_, d) => set({ reason: d.value })} data-testid="filter-reason">
          <option value="">{s.filterAll}</option>
          {REASONS.map((r) => (
            <option key={r} value={r}>
              {s[`reason_${r}`]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.filterSeverity}>
        <Select value={value.severity} onChange={(_, d) => set({ severity: d.value })} data-testid="filter-severity">
          <option value="">{s.filterAll}</option>
          {severities.map((n) => (
            <option key={n} value={String(n)}>
              {[s.severity0, s.severity1, s.severity2, s.severity3][n]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.filterCase}>
        <Select
          value={value.caseStatus}
          onChange={(_, d) => set({ caseStatus: d.value as Filters["caseStatus"] })}
          data-testid="filter-case"
        >
          <option value="">{s.filterAll}</option>
          <option value="none">{s.caseFilterNone}</option>
          <option value="open">{s.caseFilterOpen}</option>
        </Select>
      </Field>
    </div>
  );
}
