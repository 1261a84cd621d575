import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CaseDetailResponse } from "../../http/api/schemas/cases.js";
import { useI18n } from "../i18n/strings.js";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalM },
});

export interface CaseDatesProps {
  detail: CaseDetailResponse;
  busy: boolean;
  onSave: (dueDate: string, followUpDate: string) => void;
}

/** The due and follow-up dates: edited locally, saved together with one button; read-only once closed. */
export function CaseDates({ detail, busy, onSave }: CaseDatesProps) {
  const styles = useStyles();
  const { s } = useI18n();
  const [shown, setShown] = useState(detail);
  const [due, setDue] = useState(detail.dueDate);
  const [followUp, setFollowUp] = useState(detail.followUpDate);
  // Every case the panel shows (after any change or a reload) resets the fields to the stored dates, so an
  // unsaved edit never survives a refused change. Adjusting state while rendering is React's documented way
  // to follow a prop; remounting with a key instead would drop keyboard focus from the Save button.
  if (shown !== detail) {
    setShown(detail);
    setDue(detail.dueDate);
    setFollowUp(detail.followUpDate);
  }
  const closed = detail.status === "closed";
  return (
    <div className={styles.row}>
      <Field label={s.caseDue}>
        <Input type="date" value={due} disabled={closed} onChange={(_, d) => setDue(d.value)} />
      </Field>
      <Field label={s.caseFollowUp}>
        <Input type="date" value={followUp} disabled={closed} onChange={(_, d) => setFollowUp(d.value)} />
      </Field>
      {!closed && (
        <Button disabled={busy} onClick={() => onSave(due, followUp)}>
          {s.caseSaveDates}
        </Button>
      )}
    </div>
  );
}
