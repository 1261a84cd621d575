import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Api } from "../api/client.js";
import { Loading } from "../components/Loading.js";
import { useI18n } from "../i18n/strings.js";
import { CaseBeforeAfter } from "./CaseBeforeAfter.js";
import { useCaseChanges } from "./CaseChanges.js";
import { CaseClose, CaseClosedSummary } from "./CaseClose.js";
import { CaseDates } from "./CaseDates.js";
import { CaseHandOver } from "./CaseHandOver.js";
import { CaseHeader, CaseMessageBar } from "./CaseHeader.js";
import { CaseNotes } from "./CaseNotes.js";
import { CaseSteps } from "./CaseSteps.js";

const useStyles = makeStyles({
  panel: {
    display: "grid",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalM },
});

export interface CasePanelProps {
  api: Api;
  studentId: string;
  caseId: string;
  /** The student's recent mean now, to compare with the score before while the case is open. */
  currentScore: number | undefined;
  today: string;
}

/**
 * One case: tick steps, move dates, add staff-only notes, hand over, close with an outcome. Every change sends
 * the ETag it was shown; "changed by someone else" reloads the case and says so, nothing is overwritten.
 * The case and the one way to change it live in useCaseChanges; this component lays out the Case* parts
 * beside it, each showing one slice and saying what the user asked for, and turns that into an API call.
 */
export function CasePanel({ api, studentId, caseId, currentScore, today }: CasePanelProps) {
  const styles = useStyles();
  const { s, f } = useI18n();
  const { detail, staff, message, busy, run } = useCaseChanges(api, studentId, caseId);

  if (!detail) return message ? <Text>{message.text}</Text> : <Loading />;
  const closed = detail.status === "closed";
  return (
    <section className={styles.panel} aria-label={detail.cardTitle} data-testid="case-panel" data-case-id={caseId}>
      <CaseHeader detail={detail} />
      <CaseMessageBar message={message} />
      <CaseSteps
        steps={detail.steps}
        disabled={busy || closed}
        onToggle={(index, done) =>
          void run((etag) => api.updateCase(studentId, caseId, { etag, step: { index, done } }))
        }
      />
      <CaseDates
        detail={detail}
        busy={busy}
        onSave={(dueDate, followUpDate) =>
          void run((etag) => api.updateCase(studentId, caseId, { etag, dueDate, followUpDate }), s.caseSaved)
        }
      />
      <CaseBeforeAfter
        before={detail.scoreBefore}
        after={closed ? detail.scoreAfter : currentScore}
        followUpDue={!closed && detail.followUpDate <= today}
      />
      <CaseNotes
        notes={detail.notes}
        closed={closed}
        busy={busy}
        onAdd={(text) => run((etag) => api.addCaseNote(studentId, caseId, { etag, text }))}
      />
      {closed ? (
        <CaseClosedSummary outcome={detail.outcome} />
      ) : (
        <div className={styles.row}>
          <CaseHandOver
            others={staff.filter((m) => m.userId !== detail.ownerId)}
            busy={busy}
            onHandOver={(ownerId, name) =>
              void run((etag) => api.handOverCase(studentId, caseId, { etag, ownerId }), f(s.caseHandedOver, { name }))
            }
          />
          <CaseClose
            busy={busy}
            onClose={(outcome) => void run((etag) => api.closeCase(studentId, caseId, { etag, outcome }), s.caseClosed)}
          />
        </div>
      )}
    </section>
  );
}
