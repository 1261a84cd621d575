import { Checkbox, Field, Select, Text } from "@fluentui/react-components";
import type { Api } from "../../api/client.js";
import { useAsync } from "../../app/use-async.js";
import { useI18n } from "../../i18n/strings.js";
import { scheduleApi, type ScheduleDraft, type ScheduleRow, type SchoolSchedules as Listed } from "../schedule-api.js";
import { NoticeBar, useScheduleStyles } from "../ScheduleEditor.js";
import { ScheduleForm, summary } from "../ScheduleFields.js";
import { ScheduleRowActions } from "../ScheduleRowActions.js";
import { SCHEDULE_STRINGS, type ScheduleStrings } from "../schedule-strings.js";
import { blankDraft, useScheduleForm } from "../use-schedule-form.js";
import { useChosenQuestionSet, usePreselectQuestionSet } from "../use-chosen-question-set.js";

type Target = NonNullable<ScheduleDraft["target"]>;

/** Whom a school-wide schedule reaches, in words. */
function describeTarget(target: Target, s: ScheduleStrings, f: (t: string, v: Record<string, string>) => string) {
  if (target.kind === "school") return s.targetSchool;
  if (target.kind === "programme") return f(s.targetProgramme, { name: target.programme });
  return f(s.targetClasses, { count: String(target.classIds.length) });
}

/** The target picker: the whole school, one programme of the school's, or a chosen list of installed classes. */
function TargetField(props: {
  target: Target;
  onChange: (target: Target) => void;
  classes: Listed["classes"];
  problem: string | undefined;
  s: ScheduleStrings;
}) {
  const { target, onChange, classes, s } = props;
  const programmes = [...new Set(classes.map((c) => c.programme).filter(Boolean))].sort();
  const chosen = target.kind === "classes" ? target.classIds : [];
  const pick = (kind: Target["kind"]) =>
    onChange(
      kind === "school"
        ? { kind }
        : kind === "programme"
          ? { kind, programme: programmes[0] ?? "" }
          : { kind, classIds: [] },
    );
  return (
    <>
      <Field label={s.reaches} validationMessage={props.problem}>
        <Select value={target.kind} onChange={(_, d) => pick(d.value as Target["kind"])}>
          {(["school", "programme", "classes"] as const).map((kind) => (
            <option key={kind} value={kind}>
              {s.targetKinds[kind]}
            </option>
          ))}
        </Select>
      </Field>
      {target.kind === "programme" && (
        <Field label={s.programme}>
          <Select value={target.programme} onChange={(_, d) => onChange({ kind: "programme", programme: d.value })}>
            {programmes.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {target.kind === "classes" && (
        <fieldset>
          <legend>{s.classes}</legend>
          {classes.map((c) => (
            <Checkbox
              key={c.classId}
              label={c.name}
              checked={chosen.includes(c.classId)}
              onChange={(_, d) =>
                onChange({
                  kind: "classes",
                  classIds: d.checked ? [...chosen, c.classId] : chosen.filter((id) => id !== c.classId),
                })
              }
            />
          ))}
        </fieldset>
      )}
    </>
  );
}

/** The coordinator's school-wide schedules (issue 4): create, edit, pause/resume, send now, delete. */
export function SchoolSchedules({ api }: { api: Api }) {
  const styles = useScheduleStyles();
  const { locale, f, date } = useI18n();
  const s = SCHEDULE_STRINGS[locale];
  const calls = scheduleApi(api);
  const [loaded, reload] = useAsync(() => calls.listSchool(), [api]);
  // A new school-wide schedule starts with the school's default set (issue 3).
  const chosen = useChosenQuestionSet(api, undefined);
  const form = useScheduleForm({
    calls,
    strings: s,
    blank: () => ({
      ...blankDraft(locale, { target: { kind: "school" } }),
      ...(chosen ? { questionSetId: chosen } : {}),
    }),
    reload,
  });
  usePreselectQuestionSet(chosen, form);
  const rows: ScheduleRow[] = loaded.status === "ready" ? loaded.value.schedules : [];
  const classes = loaded.status === "ready" ? loaded.value.classes : [];
  const sendNow = (row: ScheduleRow) =>
    form.run(async () => {
      const sent = await calls.sendNow(row.scheduleId);
      form.setNotice(
        sent.opened
          ? { intent: "success", text: f(s.sentToClasses, { count: String(sent.classesOpened) }) }
          : { intent: "info", text: s.alreadyOpen },
      );
    });

  return (
    <section aria-labelledby="school-schedules-title">
      <Text as="h2" weight="semibold" id="school-schedules-title" block>
        {s.schoolSchedulesTitle}
      </Text>
      {rows.length === 0 && <Text block>{s.noSchoolSchedules}</Text>}
      {rows.map((row) => (
        <div key={row.scheduleId} className={styles.row} data-testid="school-schedule-row">
          <Text>{summary(row, s)}</Text>
          <Text size={200}>{row.target ? describeTarget(row.target, s, f) : ""}</Text>
          <Text size={200}>
            {row.paused ? s.paused : row.nextOpensAt ? f(s.next, { date: date(row.nextOpensAt) }) : ""}
          </Text>
          <ScheduleRowActions row={row} form={form} calls={calls} s={s} onSendNow={sendNow} />
        </div>
      ))}
      <NoticeBar notice={form.notice} />
      <ScheduleForm form={form} s={s} api={api} className={styles.form}>
        <TargetField
          target={form.draft.target ?? { kind: "school" }}
          onChange={(target) => form.set("target", target)}
          classes={classes}
          problem={form.problems.target ?? form.problems.classId}
          s={s}
        />
      </ScheduleForm>
    </section>
  );
}
