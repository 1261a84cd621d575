import { Button, Field, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { MAX_NOTE_CHARS } from "../../domain/action-cards/case.js";
import type { CaseDetailResponse } from "../../http/api/schemas/cases.js";
import { useI18n } from "../i18n/strings.js";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface CaseNotesProps {
  notes: CaseDetailResponse["notes"];
  /** Closed cases keep their notes but take no new ones. */
  closed: boolean;
  busy: boolean;
  /** Saves the note; resolves once the save has finished, whether or not it succeeded. */
  onAdd: (text: string) => Promise<void>;
}

/** Staff-only notes on a case (never shown to the student), oldest first, and a box to add one. */
export function CaseNotes({ notes, closed, busy, onAdd }: CaseNotesProps) {
  const styles = useStyles();
  const { s, date } = useI18n();
  const [note, setNote] = useState("");
  return (
    <div>
      <Text weight="semibold">{s.caseNotes}</Text>
      {notes.length === 0 ? (
        <Text block className={styles.muted}>
          {s.caseNoNotes}
        </Text>
      ) : (
        <ul className={styles.list}>
          {notes.map((n) => (
            <li key={n.noteId}>
              <Text size={200} className={styles.muted}>
                {n.authorName} · {date(n.at)}
              </Text>
              <Text block>{n.text}</Text>
            </li>
          ))}
        </ul>
      )}
      {!closed && (
        <div className={styles.row}>
          <Field label={s.caseNoteLabel} style={{ flex: 1 }}>
            <Textarea value={note} maxLength={MAX_NOTE_CHARS} onChange={(_, d) => setNote(d.value)} />
          </Field>
          <Button disabled={busy || note.trim() === ""} onClick={() => void onAdd(note).then(() => setNote(""))}>
            {s.caseAddNote}
          </Button>
        </div>
      )}
    </div>
  );
}
