import { Badge, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { CaseSummary, MyStudent } from "../../http/api/schemas/students.js";
import { SeverityBadge } from "../components/SeverityBadge.js";
import { Sparkline } from "../components/Sparkline.js";
import { useI18n } from "../i18n/strings.js";
import { AssignControl, type AssignControlProps } from "./AssignControl.js";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto auto",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    "@media (max-width: 640px)": { gridTemplateColumns: "1fr", gap: tokens.spacingVerticalS },
  },
  heading: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  reasons: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", justifyContent: "flex-end", minWidth: "14rem" },
});

export interface StudentRowProps extends Omit<AssignControlProps, "suggestedCardId" | "suggestedCardTitle"> {
  student: MyStudent;
  /** Opens the student page. */
  onOpen: () => void;
}

/** One student: who, how urgent and why (in words), how their check-ins trend, and what is being done. */
export function StudentRow({ student, onOpen, ...assign }: StudentRowProps) {
  const styles = useStyles();
  const { s, f, date } = useI18n();
  return (
    <li className={styles.row} data-testid="student-row" data-student-id={student.studentId}>
      <div>
        <div className={styles.heading}>
          <Link
            href={`/tab/student?studentId=${encodeURIComponent(student.studentId)}`}
            onClick={(event) => {
              event.preventDefault();
              onOpen();
            }}
            data-testid="open-student"
          >
            <Text weight="semibold">{student.name}</Text>
          </Link>
          <Text size={200} className={styles.muted}>
            {student.className}
          </Text>
          <SeverityBadge severity={student.severity} />
        </div>
        {student.reasons.length > 0 && (
          <ul className={styles.reasons}>
            {student.reasons.map((reason, i) => (
              <li key={i}>
                <Text size={300}>{reason.text}</Text>
              </li>
            ))}
          </ul>
        )}
        <Text size={200} className={styles.muted}>
          {student.lastAnsweredAt ? f(s.lastAnswer, { date: date(student.lastAnsweredAt) }) : s.noAnswerYet}
        </Text>
      </div>
      <Sparkline values={student.trend} />
      <div className={styles.actions}>
        {student.openCase ? (
          <CaseBadge value={student.openCase} />
        ) : (
          <AssignControl
            suggestedCardId={student.suggestedCardId}
            suggestedCardTitle={student.suggestedCardTitle}
            {...assign}
          />
        )}
      </div>
    </li>
  );
}

function CaseBadge({ value }: { value: CaseSummary }) {
  const { s, f, date } = useI18n();
  return (
    <Badge appearance="tint" color="brand" size="large" data-testid="open-case" data-case-id={value.caseId}>
      {f(s.caseOpen, { title: value.cardTitle, date: date(value.dueDate) })}
    </Badge>
  );
}
