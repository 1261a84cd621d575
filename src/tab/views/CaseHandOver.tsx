import { Button, Field, Select } from "@fluentui/react-components";
import { useState } from "react";
import type { SupportStaffResponse } from "../../http/api/schemas/cases.js";
import { useI18n } from "../i18n/strings.js";

export interface CaseHandOverProps {
  /** Support staff who could take the case over (the current owner already left out). */
  others: SupportStaffResponse["staff"];
  busy: boolean;
  onHandOver: (ownerId: string, name: string) => void;
}

/**
 * Hand an open case to another mentor or support person. Renders nothing when nobody else can take it; renders a
 * fragment so its field and button sit in the same row as the close controls.
 */
export function CaseHandOver({ others, busy, onHandOver }: CaseHandOverProps) {
  const { s } = useI18n();
  const [owner, setOwner] = useState("");
  if (others.length === 0) return null;
  return (
    <>
      <Field label={s.caseHandOver}>
        <Select value={owner} onChange={(_, d) => setOwner(d.value)} data-testid="hand-over-select">
          <option value="" />
          {others.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name} ({s[`mentorRole_${m.role}`]})
            </option>
          ))}
        </Select>
      </Field>
      <Button
        disabled={busy || owner === ""}
        onClick={() => onHandOver(owner, others.find((m) => m.userId === owner)?.name ?? "")}
      >
        {s.caseHandOverButton}
      </Button>
    </>
  );
}
