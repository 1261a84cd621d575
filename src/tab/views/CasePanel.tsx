import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { CaseDetailResponse } from "../../http/api/schemas/cases.js";
import type { SupportStaffResponse } from "../../http/api/schemas/cases.js";
import { ApiFailure, type Api } from "../api/client.js";
import { Loading } from "../components/Loading.js";
import { problemText } from "../components/Problem.js";
import { useI18n } from "../i18n/strings.js";

const OUTCOMES = ["improved", "unchanged", "worse", "referred"] as const;

const useStyles = makeStyles({
  panel: {
    display: "grid",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  scores: { borderCollapse: "collapse" },
  cell: { padding: `2px ${tokens.spacingHorizontalM}`, textAlign: "start" },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Detail = CaseDetailResponse;
type Staff = SupportStaffResponse["staff"];

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
 */
export function CasePanel({ api, studentId, caseId, currentScore, today }: CasePanelProps) {
  const styles = useStyles();
  const { s, f, date, number } = useI18n();
  const [detail, setDetail] = useState<Detail>();
  const [staff, setStaff] = useState<Staff>([]);
  const [message, setMessage] = useState<{ intent: "success" | "error" | "warning"; text: string }>();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState("");
  const [due, setDue] = useState("");
  const [followUp, setFollowUp] = useState("");
  const [owner, setOwner] = useState("");
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number]>("improved");

  const show = (value: Detail) => {
    setDetail(value);
    setDue(value.dueDate);
    setFollowUp(value.followUpDate);
  };
  const load = () => api.caseDetail(studentId, caseId).then(show);
  useEffect(() => {
    void load().catch((error: unknown) => setMessage({ intent: "error", text: problemText(error, s) }));
    void api.supportStaff(studentId).then(
      (r) => setStaff(r.staff),
      () => setStaff([]),
    );
    // Loads once per case; `load` only closes over these ids.
  }, [api, studentId, caseId]);

  const run = async (change: (etag: string) => Promise<Detail>, done?: string) => {
    if (!detail) return;
    setBusy(true);
    setMessage(undefined);
    try {
      show(await change(detail.etag));
      if (done) setMessage({ intent: "success", text: done });
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 409) {
        await load().catch(() => undefined);
        setMessage({ intent: "warning", text: s.errorConflict });
      } else if (error instanceof ApiFailure && error.status === 400) {
        setMessage({ intent: "error", text: s.errorInvalid });
      } else {
        setMessage({ intent: "error", text: problemText(error, s) });
      }
    } finally {
      setBusy(false);
    }
  };

  if (!detail) return message ? <Text>{message.text}</Text> : <Loading />;
  const closed = detail.status === "closed";
  const followUpReached = detail.followUpDate <= today;
  const after = closed ? detail.scoreAfter : currentScore;
  const others = staff.filter((m) => m.userId !== detail.ownerId);
  const score = (v: number | undefined) => (v === undefined ? s.scoreNone : number(v));
  return (
    <section className={styles.panel} aria-label={detail.cardTitle} data-testid="case-panel" data-case-id={caseId}>
      <div className={styles.row}>
        <Text weight="semibold" size={400}>
          {detail.cardTitle}
        </Text>
        <Text data-testid="case-status">{s[`caseStatus_${detail.status}`]}</Text>
        <Text className={styles.muted}>{f(s.caseOwner, { name: detail.ownerName || detail.ownerId })}</Text>
      </div>
      {message && (
        <MessageBar intent={message.intent} role={message.intent === "success" ? "status" : "alert"}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>
          <Text weight="semibold">{s.caseSteps}</Text>
        </legend>
        {detail.steps.map((step, index) => (
          <div key={index}>
            <Checkbox
              label={step.text}
              checked={step.done}
              disabled={busy || closed}
              onChange={(_, data) =>
                void run((etag) =>
                  api.updateCase(studentId, caseId, { etag, step: { index, done: data.checked === true } }),
                )
              }
            />
          </div>
        ))}
      </fieldset>
      <div className={styles.row}>
        <Field label={s.caseDue}>
          <Input type="date" value={due} disabled={closed} onChange={(_, d) => setDue(d.value)} />
        </Field>
        <Field label={s.caseFollowUp}>
          <Input type="date" value={followUp} disabled={closed} onChange={(_, d) => setFollowUp(d.value)} />
        </Field>
        {!closed && (
          <Button
            disabled={busy}
            onClick={() =>
              void run(
                (etag) => api.updateCase(studentId, caseId, { etag, dueDate: due, followUpDate: followUp }),
                s.caseSaved,
              )
            }
          >
            {s.caseSaveDates}
          </Button>
        )}
      </div>
      <div>
        <Text weight="semibold">{s.scoresTitle}</Text>
        {!closed && followUpReached && <Text block>{s.followUpDue}</Text>}
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
              <td className={styles.cell}>{score(detail.scoreBefore)}</td>
              <td className={styles.cell}>{score(after)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <div>
        <Text weight="semibold">{s.caseNotes}</Text>
        {detail.notes.length === 0 ? (
          <Text block className={styles.muted}>
            {s.caseNoNotes}
          </Text>
        ) : (
          <ul className={styles.list}>
            {detail.notes.map((n) => (
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
              <Textarea value={note} maxLength={1000} onChange={(_, d) => setNote(d.value)} />
            </Field>
            <Button
              disabled={busy || note.trim() === ""}
              onClick={() =>
                void run((etag) => api.addCaseNote(studentId, caseId, { etag, text: note })).then(() => setNote(""))
              }
            >
              {s.caseAddNote}
            </Button>
          </div>
        )}
      </div>
      {closed ? (
        <Text>
          {s.caseClosed} {detail.outcome ? `${s.caseOutcome}: ${s[`outcome_${detail.outcome}`]}` : ""}
        </Text>
      ) : (
        <div className={styles.row}>
          {others.length > 0 && (
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
                onClick={() => {
                  const name = others.find((m) => m.userId === owner)?.name ?? "";
                  void run(
                    (etag) => api.handOverCase(studentId, caseId, { etag, ownerId: owner }),
                    f(s.caseHandedOver, { name }),
                  );
                }}
              >
                {s.caseHandOverButton}
              </Button>
            </>
          )}
          <Field label={s.caseOutcome}>
            <Select
              value={outcome}
              onChange={(_, d) => setOutcome(d.value as (typeof OUTCOMES)[number])}
              data-testid="outcome-select"
            >
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {s[`outcome_${o}`]}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() => void run((etag) => api.closeCase(studentId, caseId, { etag, outcome }), s.caseClosed)}
          >
            {s.caseClose}
          </Button>
        </div>
      )}
    </section>
  );
}
