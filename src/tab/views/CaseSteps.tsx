import { Checkbox, Text } from "@fluentui/react-components";
import type { CaseDetailResponse } from "../../http/api/schemas/cases.js";
import { useI18n } from "../i18n/strings.js";

export interface CaseStepsProps {
  steps: CaseDetailResponse["steps"];
  /** True while a change is saving or once the case is closed. */
  disabled: boolean;
  onToggle: (index: number, done: boolean) => void;
}

/**
 * The case's step checklist. Each box shows the stored state (controlled), so it turns checked only once the API
 * has saved the step, and a refused change shows what is really stored.
 */
export function CaseSteps({ steps, disabled, onToggle }: CaseStepsProps) {
  const { s } = useI18n();
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend>
        <Text weight="semibold">{s.caseSteps}</Text>
      </legend>
      {steps.map((step, index) => (
        <div key={index}>
          <Checkbox
            label={step.text}
            checked={step.done}
            disabled={disabled}
            onChange={(_, data) => onToggle(index, data.checked === true)}
          />
        </div>
      ))}
    </fieldset>
  );
}
