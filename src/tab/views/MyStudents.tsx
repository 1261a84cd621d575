import { makeStyles, MessageBar, MessageBarBody, Text, Title2, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionCardView } from "../../http/api/schemas/action-cards.js";
import type { MyStudent } from "../../http/api/schemas/students.js";
import type { Api } from "../api/client.js";
import { useAsync } from "../app/use-async.js";
import { Loading } from "../components/Loading.js";
import { Problem, problemText } from "../components/Problem.js";
import { useI18n } from "../i18n/strings.js";
import { applyFilters, NO_FILTERS, StudentFilters, type Filters } from "./StudentFilters.js";
import { StudentRow } from "./StudentRow.js";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  header: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

/** "My students" (mentor, personal tab): flagged first, and one click to act on each. */
export function MyStudents({ api, onOpen }: { api: Api; onOpen: (studentId: string) => void }) {
  const styles = useStyles();
  const { s, f } = useI18n();
  const [loaded, reload] = useAsync(() => api.myStudents(), [api]);
  const [students, setStudents] = useState<MyStudent[]>([]);
  const [cards, setCards] = useState<ActionCardView[]>();
  const cardsRequested = useRef(false);
  const [busy, setBusy] = useState<string>();
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string }>();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);

  useEffect(() => {
    if (loaded.status === "ready") setStudents(loaded.value.students);
  }, [loaded]);

  const loadCards = useCallback(() => {
    if (cardsRequested.current) return;
    cardsRequested.current = true;
    api.actionCards().then(
      (library) => setCards(library.cards),
      () => (cardsRequested.current = false),
    );
  }, [api]);

  const assign = async (student: MyStudent, cardId: string) => {
    setBusy(student.studentId);
    setMessage(undefined);
    try {
      const result = await api.assignCase(student.studentId, { cardId });
      // Show the case in the row at once; the next reload reads the same from storage.
      setStudents((rows) => rows.map((r) => (r.studentId === student.studentId ? { ...r, openCase: result.case } : r)));
      setMessage({ intent: "success", text: f(s.assigned, { title: result.case.cardTitle, name: student.name }) });
    } catch (error) {
      setMessage({ intent: "error", text: `${s.assignFailed} ${problemText(error, s)}` });
    } finally {
      setBusy(undefined);
    }
  };

  if (loaded.status === "loading") return <Loading />;
  if (loaded.status === "error") return <Problem error={loaded.error} onRetry={reload} />;
  const flagged = students.filter((r) => r.severity > 0).length;
  const shown = applyFilters(students, filters);
  return (
    <section aria-labelledby="my-students-title">
      <div className={styles.header}>
        <Title2 as="h1" id="my-students-title">
          {s.myStudentsTitle}
        </Title2>
        {students.length > 0 && <Text>{f(s.myStudentsSummary, { flagged, total: students.length })}</Text>}
      </div>
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {students.length > 0 && <StudentFilters rows={students} value={filters} onChange={setFilters} />}
      {students.length > 0 && shown.length < students.length && (
        <Text role="status">{f(s.filterShown, { shown: shown.length, total: students.length })}</Text>
      )}
      {students.length === 0 ? (
        <Text>{s.noStudents}</Text>
      ) : shown.length === 0 ? (
        <Text>{s.filterNoMatch}</Text>
      ) : (
        <ul className={styles.list}>
          {shown.map((student) => (
            <StudentRow
              key={student.studentId}
              student={student}
              cards={cards}
              loadCards={loadCards}
              busy={busy === student.studentId}
              onAssign={(cardId) => void assign(student, cardId)}
              onOpen={() => onOpen(student.studentId)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
