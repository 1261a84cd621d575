import {
  Button,
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
import { useState } from "react";
import { ApiFailure, type Api } from "../api/client.js";
import { useAsync } from "../app/use-async.js";
import { useI18n } from "../i18n/strings.js";
import { scheduleApi, type ScheduleDraft, type ScheduleRow } from "./schedule-api.js";
import { SCHEDULE_STRINGS } from "./schedule-strings.js";

const useStyles = makeStyles({
  form: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "end" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

const ZONES = ["Europe/Copenhagen", "Europe/Stockholm", "Europe/Helsinki"] as const;

/** The class's check-in schedules: add, pause/resume, delete, send now (issue 4). Rules are checked server-side. */
export default function ScheduleEditor({ api, classId }: { api: Api; classId: string }) {
  const styles = useStyles();
  const { locale, f, date } = useI18n();
  const s = SCHEDULE_STRINGS[locale];
  const calls = scheduleApi(api);
  const [loaded, reload] = useAsync(() => calls.list(classId), [api, classId]);
  const [draft, setDraft] = useState<ScheduleDraft>(() => emptyDraft(classId, locale));
  const [holidays, setHolidays] = useState("");
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ intent: "success" | "error" | "info"; text: string }>();

  const run = async (action: () => Promise<unknown>, success?: string) => {
    setNotice(undefined);
    try {
      await action();
      if (success) setNotice({ intent: "success", text: success });
      reload();
    } catch (error) {
      const details = error instanceof ApiFailure ? error.details : [];
      setProblems(Object.fromEntries(details.map((d) => [d.path, d.message])));
      if (details.length === 0) setNotice({ intent: "error", text: s.failed });
    }
  };
  const save = () =>
    run(async () => {
      await calls.create({ ...draft, holidays: parseHolidays(holidays) });
      setProblems({});
    });
  const set = <K extends keyof ScheduleDraft>(key: K, value: ScheduleDraft[K]) => setDraft({ ...draft, [key]: value });
  const rows: ScheduleRow[] = loaded.status === "ready" ? loaded.value.schedules : [];

  return (
    <section aria-labelledby="schedule-title">
      <Text as="h2" weight="semibold" id="schedule-title" block>
        {s.schedulesTitle}
      </Text>
      {rows.length === 0 && <Text block>{s.noSchedules}</Text>}
      {rows.map((row) => (
        <div key={row.scheduleId} className={styles.row} data-testid="schedule-row">
          <Text>
            {row.cadence === "weekly" ? s.weekly : s.fortnightly}, {s.weekdays[row.weekday - 1]} {row.time} (
            {s.zones[row.timeZone]})
          </Text>
          <Text size={200}>
            {row.paused ? s.paused : row.nextOpensAt ? f(s.next, { date: date(row.nextOpensAt) }) : ""}
          </Text>
          <Button size="small" onClick={() => void run(() => calls.pause(row.scheduleId, !row.paused))}>
            {row.paused ? s.resume : s.pause}
          </Button>
          <Button
            size="small"
            onClick={() =>
              void run(async () => {
                const sent = await calls.sendNow(row.scheduleId);
                setNotice({ intent: sent.opened ? "success" : "info", text: sent.opened ? s.sentNow : s.alreadyOpen });
              })
            }
          >
            {s.sendNow}
          </Button>
          <Button size="small" onClick={() => void run(() => calls.remove(row.scheduleId))}>
            {s.remove}
          </Button>
        </div>
      ))}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field label={s.cadence}>
          <Select value={draft.cadence} onChange={(_, d) => set("cadence", d.value as ScheduleDraft["cadence"])}>
            <option value="weekly">{s.weekly}</option>
            <option value="fortnightly">{s.fortnightly}</option>
          </Select>
        </Field>
        <Field label={s.weekday} validationMessage={problems.weekday}>
          <Select value={String(draft.weekday)} onChange={(_, d) => set("weekday", Number(d.value))}>
            {s.weekdays.map((name, i) => (
              <option key={name} value={i + 1}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.time} validationMessage={problems.time}>
          <Input value={draft.time} onChange={(_, d) => set("time", d.value)} placeholder="08:15" />
        </Field>
        <Field label={s.zone} validationMessage={problems.timeZone}>
          <Select value={draft.timeZone} onChange={(_, d) => set("timeZone", d.value as ScheduleDraft["timeZone"])}>
            {ZONES.map((z) => (
              <option key={z} value={z}>
                {s.zones[z]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.openHours} validationMessage={problems.openHours}>
          <Input type="number" value={String(draft.openHours)} onChange={(_, d) => set("openHours", Number(d.value))} />
        </Field>
        <Field label={s.delivery}>
          <Select value={draft.delivery} onChange={(_, d) => set("delivery", d.value as ScheduleDraft["delivery"])}>
            {(["both", "personal", "channel"] as const).map((m) => (
              <option key={m} value={m}>
                {s.deliveries[m]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.questionSet} validationMessage={problems.questionSetId}>
          <Select value={draft.questionSetId} onChange={(_, d) => set("questionSetId", d.value)}>
            {Object.entries(s.questionSets).map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.termFrom} validationMessage={problems.term}>
          <Input
            type="date"
            value={draft.term.from}
            onChange={(_, d) => set("term", { ...draft.term, from: d.value })}
          />
        </Field>
        <Field label={s.termTo}>
          <Input type="date" value={draft.term.to} onChange={(_, d) => set("term", { ...draft.term, to: d.value })} />
        </Field>
        <Field label={s.holidays}>
          <Textarea value={holidays} onChange={(_, d) => setHolidays(d.value)} />
        </Field>
        <Button appearance="primary" type="submit">
          {s.save}
        </Button>
      </form>
    </section>
  );
}

function emptyDraft(classId: string, locale: string): ScheduleDraft {
  const year = new Date().getFullYear();
  const timeZone = locale === "sv" ? "Europe/Stockholm" : locale === "fi" ? "Europe/Helsinki" : "Europe/Copenhagen";
  return {
    classId,
    cadence: "weekly",
    weekday: 1,
    time: "08:15",
    timeZone,
    openHours: 48,
    delivery: "both",
    questionSetId: "weekly-core",
    term: { from: `${year}-08-10`, to: `${year + 1}-06-25` },
    holidays: [],
  };
}

/** "2026-10-12 2026-10-16" per line; the server checks the dates and answers a localized problem if one is wrong. */
function parseHolidays(text: string): ScheduleDraft["holidays"] {
  return text
    .split("\n")
    .map((line) => line.trim().split(/[\s–-]{1,3}(?=\d{4}-)/))
    .filter((parts) => parts[0])
    .map(([from, to]) => ({ from: from ?? "", to: to ?? from ?? "" }));
}
