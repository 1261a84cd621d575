import { Button, Field, Input, Select, Textarea } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Api } from "../api/client.js";
import type { ScheduleDraft } from "./schedule-api.js";
import type { ScheduleStrings } from "./schedule-strings.js";
import { useQuestionSetOptions } from "./use-question-set-options.js";
import type { useScheduleForm } from "./use-schedule-form.js";

const ZONES = ["Europe/Copenhagen", "Europe/Stockholm", "Europe/Helsinki"] as const;

/**
 * A schedule form (class or school-wide): `children` (what only that form has, e.g. a school-wide schedule's
 * target) first, then the fields every schedule has, then save and, while editing, cancel.
 */
export function ScheduleForm({
  form,
  s,
  api,
  className,
  children,
}: {
  form: ReturnType<typeof useScheduleForm>;
  s: ScheduleStrings;
  /** Lists the built-in and the school's own question sets. */
  api: Api;
  className: string;
  children?: ReactNode;
}) {
  const { draft, set, problems } = form;
  return (
    <form
      className={className}
      aria-label={form.editing ? s.saveChanges : s.save}
      onSubmit={(event) => {
        event.preventDefault();
        void form.save();
      }}
    >
      {children}
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
          {useQuestionSetOptions(api, s.questionSets).map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.termFrom} validationMessage={problems.term}>
        <Input type="date" value={draft.term.from} onChange={(_, d) => set("term", { ...draft.term, from: d.value })} />
      </Field>
      <Field label={s.termTo}>
        <Input type="date" value={draft.term.to} onChange={(_, d) => set("term", { ...draft.term, to: d.value })} />
      </Field>
      <Field label={s.holidays}>
        <Textarea value={form.holidays} onChange={(_, d) => form.setHolidays(d.value)} />
      </Field>
      <Button appearance="primary" type="submit">
        {form.editing ? s.saveChanges : s.save}
      </Button>
      {form.editing && <Button onClick={form.reset}>{s.cancel}</Button>}
    </form>
  );
}

/** One line about a listed schedule: "Every week, Monday 08:15 (Danish time)". */
export function summary(row: Pick<ScheduleDraft, "cadence" | "weekday" | "time" | "timeZone">, s: ScheduleStrings) {
  const day = s.weekdays[row.weekday - 1] ?? "";
  return `${row.cadence === "weekly" ? s.weekly : s.fortnightly}, ${day} ${row.time} (${s.zones[row.timeZone]})`;
}
