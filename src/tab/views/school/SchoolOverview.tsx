import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { SchoolOverviewResponse } from "../../../http/api/schemas/school.js";
import { useI18n } from "../../i18n/strings.js";
import { aggregatesCsv } from "./aggregates-csv.js";

const useStyles = makeStyles({
  stack: { display: "grid", gap: tokens.spacingVerticalXL },
  table: { borderCollapse: "collapse", width: "100%" },
  cell: {
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  hidden: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
});

type Figure = SchoolOverviewResponse["school"];

/** The coordinator's figures: classes, levels (GF1 against GF2), the school, flags by reason, card effect. */
export function SchoolOverview({ overview }: { overview: SchoolOverviewResponse }) {
  const styles = useStyles();
  const { s, f, number } = useI18n();
  const min = overview.minRespondents;
  const hidden = <span className={styles.hidden}>{s.hiddenShort}</span>;
  const percent = (p: number | null) => (p === null ? "–" : `${Math.round(p * 100)} %`);
  const download = () => {
    const url = URL.createObjectURL(new Blob([aggregatesCsv(overview)], { type: "text/csv;charset=utf-8" }));
    const link = Object.assign(document.createElement("a"), { href: url, download: "trivsel-aggregates.csv" });
    link.click();
    URL.revokeObjectURL(url);
  };
  const groupTable = (caption: string, rows: readonly Figure[], testId: string) => (
    <table className={styles.table} data-testid={testId}>
      <caption style={{ textAlign: "start" }}>
        <Text weight="semibold">{caption}</Text>
      </caption>
      <thead>
        <tr>
          {[s.colName, s.colStudents, s.colAnswered, s.colParticipation, s.colMean].map((h) => (
            <th key={h} className={styles.cell} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((g) => (
          <tr key={g.id}>
            <th className={styles.cell} scope="row">
              {g.name || s.schoolWhole}
            </th>
            <td className={styles.cell}>{g.students}</td>
            <td className={styles.cell}>{g.respondents}</td>
            <td className={styles.cell}>{percent(g.participation)}</td>
            <td className={styles.cell}>{g.mean === null ? hidden : number(g.mean)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <div className={styles.stack}>
      <div>
        <Button onClick={download}>{s.exportCsv}</Button>
      </div>
      {groupTable(s.schoolClasses, overview.classes, "school-classes")}
      {groupTable(s.schoolLevels, [...overview.levels, overview.school], "school-levels")}
      <Text size={200}>{f(s.hiddenExplain, { min })}</Text>
      <table className={styles.table} data-testid="flags-by-reason">
        <caption style={{ textAlign: "start" }}>
          <Text weight="semibold">{s.flagsByReason}</Text>
        </caption>
        <thead>
          <tr>
            <th className={styles.cell} scope="col">
              {s.colReason}
            </th>
            <th className={styles.cell} scope="col">
              {s.colCount}
            </th>
          </tr>
        </thead>
        <tbody>
          {overview.flagsByReason.map((r) => (
            <tr key={r.reason}>
              <th className={styles.cell} scope="row">
                {s[`reason_${r.reason}`]}
              </th>
              <td className={styles.cell}>{r.students === null ? f(s.fewerThan, { min }) : r.students}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className={styles.table} data-testid="card-effects">
        <caption style={{ textAlign: "start" }}>
          <Text weight="semibold">{s.cardsTitle}</Text>
        </caption>
        <thead>
          <tr>
            {[s.colCard, s.colUses, s.colN, s.colChange].map((h) => (
              <th key={h} className={styles.cell} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {overview.cards.length === 0 && (
            <tr>
              <td className={styles.cell} colSpan={4}>
                {s.noCardsUsed}
              </td>
            </tr>
          )}
          {overview.cards.map((c) => (
            <tr key={c.cardId}>
              <th className={styles.cell} scope="row">
                {c.title}
              </th>
              <td className={styles.cell}>{c.uses}</td>
              <td className={styles.cell}>{c.n}</td>
              <td className={styles.cell}>
                {c.meanChange === null ? hidden : `${c.meanChange > 0 ? "+" : ""}${number(c.meanChange)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
