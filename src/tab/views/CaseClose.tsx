import { Button, Field, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { CloseCaseBody } from "../../http/api/schemas/cases.js";
import { useI18n } from "../i18n/strings.js";

/** How a case ended, as the close API accepts it. */
export type CaseOutcome = CloseCaseBody["outcome"];

// The order offered in the select; the first is preselected as the most common ending.
const OUTCOMES: readonly CaseOutcome[] = ["improved", "unchanged", "worse", "referred"];

export interface CaseCloseProps {
  busy: boolean;
  onClose: (outcome: CaseOutcome) => void;
}

/** Choose an outcome and close an open case. A fragment, so it shares the row with the hand-over controls. */
export function CaseClose({ busy, onClose }: CaseCloseProps) {
  const { s } = useI18n();
  const [outcome, setOutcome] = useState<CaseOutcome>("improved");
  return (
    <>
      <Field label={s.caseOutcome}>
        <Select value={outcome} onChange={(_, d) => setOutcome(d.value as CaseOutcome)} data-testid="outcome-select">
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {s[`outcome_${o}`]}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" disabled={busy} onClick={() => onClose(outcome)}>
        {s.caseClose}
      </Button>
    </>
  );
}

/** The line shown instead of the close controls once a case is closed. */
export function CaseClosedSummary({ outcome }: { outcome: CaseOutcome | undefined }) {
  const { s } = useI18n();
  return (
    <Text>
      {s.caseClosed} {outcome ? `${s.caseOutcome}: ${s[`outcome_${outcome}`]}` : ""}
    </Text>
  );
}
