import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/strings.js";

const useStyles = makeStyles({
  scores: { borderCollapse: "collapse" },
  cell: { padding: `2px ${tokens.spacingHorizontalM}`, textAlign: "start" },
});

export interface CaseBeforeAfterProps {
  /** The student's mean when the case was opened. */
  before: number | undefined;
  /** The mean stored at closing, or the student's recent mean while the case is open. */
  after: number | undefined;
  /** Open and the follow-up date has come: the mentor is reminded to look at the change. */
  followUpDue: boolean;
}

/** Before/after wellbeing scores of a case, as a two-column table so screen readers pair each figure with its heading. */
export function CaseBeforeAfter({ before, after, followUpDue }: CaseBeforeAfterProps) {
  const styles = useStyles();
  const { s, number } = useI18n();
  const score = (v: number | undefined) => (v === undefined ? s.scoreNone : number(v));
  return (
    <div>
      <Text weight="semibold">{s.scoresTitle}</Text>
      {followUpDue && <Text block>{s.followUpDue}</Text>}
      <table className={styles.scores} data-testid="case-scores">
        <thead>
          <tr>
            <th className={styles.cell} scope="col">
              {s.scoreBefore}
            </th>
            <th className={styles.cell} scope="col">
              {s.scoreAfter}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td className={styles.cell}>{score(before)}</td>
            <td className={styles.cell}>{score(after)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
