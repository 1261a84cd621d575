import { Badge, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import type { Api } from "../api/client.js";
import { useAsync } from "../app/use-async.js";
import { useI18n } from "../i18n/strings.js";
import { scheduleApi, type ScheduleRow } from "./schedule-api.js";
import { ScheduleForm, summary } from "./ScheduleFields.js";
import { ScheduleRowActions } from "./ScheduleRowActions.js";
import { SCHEDULE_STRINGS } from "./schedule-strings.js";
import { blankDraft, useScheduleForm, type Notice } from "./use-schedule-form.js";
import { useChosenQuestionSet, usePreselectQuestionSet } from "./use-chosen-question-set.js";

export const useScheduleStyles = makeStyles({
  form: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

/** A result line under the schedule list. */
export function NoticeBar({ notice }: { notice: Notice | undefined }) {
  return notice ? (
    <MessageBar intent={notice.intent}>
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  ) : null;
}

/**
 * The class's check-in schedules: add, edit, pause/resume, delete, send now (issue 4); the school-wide schedules
 * that reach the class are shown read-only. Rules are checked server-side.
 */
export default function ScheduleEditor({ api, classId }: { api: Api; classId: string }) {
  const styles = useScheduleStyles();
  const { locale, f, date } = useI18n();
  const s = SCHEDULE_STRINGS[locale];
  const calls = scheduleApi(api);
  const [loaded, reload] = useAsync(() => calls.list(classId), [api, classId]);
  // A new schedule starts with the set chosen for the class (or the school's default): issue 3.
  const chosen = useChosenQuestionSet(api, classId);
  const blank = () => ({ ...blankDraft(locale, { classId }), ...(chosen ? { questionSetId: chosen } : {}) });
  const form = useScheduleForm({ calls, strings: s, blank, reload });
  usePreselectQuestionSet(chosen, form);
  const rows: ScheduleRow[] = loaded.status === "ready" ? loaded.value.schedules : [];
  const sendNow = (row: ScheduleRow) =>
    form.run(async () => {
      const sent = await calls.sendNow(row.scheduleId);
      form.setNotice({ intent: sent.opened ? "success" : "info", text: sent.opened ? s.sentNow : s.alreadyOpen });
    });

  return (
    <section aria-labelledby="schedule-title">
      <Text as="h2" weight="semibold" id="schedule-title" block>
        {s.schedulesTitle}
      </Text>
      {rows.length === 0 && <Text block>{s.noSchedules}</Text>}
      {rows.map((row) => (
        <div key={row.scheduleId} className={styles.row} data-testid="schedule-row">
          {row.target && <Badge appearance="tint">{s.schoolWide}</Badge>}
          <Text>{summary(row, s)}</Text>
          <Text size={200}>
            {row.paused ? s.paused : row.nextOpensAt ? f(s.next, { date: date(row.nextOpensAt) }) : ""}
          </Text>
          {row.target ? (
            <Text size={200}>{s.schoolWideNote}</Text>
          ) : (
            <>
              <ScheduleRowActions row={row} form={form} calls={calls} s={s} onSendNow={sendNow} />
            </>
          )}
        </div>
      ))}
      <NoticeBar notice={form.notice} />
      <ScheduleForm form={form} s={s} api={api} className={styles.form} />
    </section>
  );
}
