import { useState } from "react";
import { ApiFailure } from "../api/client.js";
import { draftOf, type ScheduleDraft, type ScheduleRow, type scheduleApi } from "./schedule-api.js";
import type { ScheduleStrings } from "./schedule-strings.js";

export type Notice = { intent: "success" | "error" | "info"; text: string };

/**
 * The state of a schedule form shared by the class editor and the School view: a new schedule or an edit of a
 * listed one (with the ETag it was listed with), per-field problems as the server localized them, and one notice.
 */
export function useScheduleForm(options: {
  calls: ReturnType<typeof scheduleApi>;
  strings: ScheduleStrings;
  blank: () => ScheduleDraft;
  reload: () => void;
}) {
  const { calls, strings: s, blank, reload } = options;
  const [draft, setDraft] = useState<ScheduleDraft>(blank);
  const [holidays, setHolidays] = useState("");
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>();
  const [editing, setEditing] = useState<Pick<ScheduleRow, "scheduleId" | "etag">>();

  const reset = () => {
    setDraft(blank());
    setHolidays("");
    setProblems({});
    setEditing(undefined);
  };
  /** Runs one call; a stale ETag reloads and drops the edit, field problems land on their fields. */
  const run = async (action: () => Promise<unknown>, success?: string) => {
    setNotice(undefined);
    try {
      await action();
      if (success) setNotice({ intent: "success", text: success });
      reload();
    } catch (error) {
      const failure = error instanceof ApiFailure ? error : undefined;
      if (failure?.status === 409) {
        reset();
        reload();
        setNotice({ intent: "error", text: s.conflict });
        return;
      }
      const details = failure?.details ?? [];
      setProblems(Object.fromEntries(details.map((d) => [d.path, d.message])));
      if (details.length === 0) setNotice({ intent: "error", text: s.failed });
    }
  };
  const save = () =>
    run(async () => {
      const body = { ...draft, holidays: parseHolidays(holidays) };
      if (editing) await calls.update(editing.scheduleId, body, editing.etag);
      else await calls.create(body);
      reset();
    }, s.saved);
  const edit = (row: ScheduleRow) => {
    setDraft(draftOf(row));
    setHolidays(row.holidays.map((h) => (h.from === h.to ? h.from : `${h.from} ${h.to}`)).join("\n"));
    setProblems({});
    setNotice(undefined);
    setEditing({ scheduleId: row.scheduleId, etag: row.etag });
  };
  const set = <K extends keyof ScheduleDraft>(key: K, value: ScheduleDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  return { draft, set, holidays, setHolidays, problems, notice, setNotice, editing, run, save, edit, reset };
}

/** "2026-10-12 2026-10-16" per line; the server checks the dates and answers a localized problem if one is wrong. */
export function parseHolidays(text: string): ScheduleDraft["holidays"] {
  return text
    .split("\n")
    .map((line) => line.trim().split(/[\s–-]{1,3}(?=\d{4}-)/))
    .filter((parts) => parts[0])
    .map(([from, to]) => ({ from: from ?? "", to: to ?? from ?? "" }));
}

/** A new schedule's starting values: Monday 08:15 in the school's zone (from the UI language), this school year. */
export function blankDraft(locale: string, who: { classId: string } | { target: ScheduleDraft["target"] }) {
  const year = new Date().getFullYear();
  const timeZone = locale === "sv" ? "Europe/Stockholm" : locale === "fi" ? "Europe/Helsinki" : "Europe/Copenhagen";
  const draft: ScheduleDraft = {
    ...who,
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
  return draft;
}
