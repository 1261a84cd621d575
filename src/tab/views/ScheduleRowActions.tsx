import { Button } from "@fluentui/react-components";
import type { ScheduleRow, scheduleApi } from "./schedule-api.js";
import type { ScheduleStrings } from "./schedule-strings.js";
import type { useScheduleForm } from "./use-schedule-form.js";

/** Edit, pause or resume, send now and delete for one listed schedule (class or school-wide). */
export function ScheduleRowActions({
  row,
  form,
  calls,
  s,
  onSendNow,
}: {
  row: ScheduleRow;
  form: ReturnType<typeof useScheduleForm>;
  calls: ReturnType<typeof scheduleApi>;
  s: ScheduleStrings;
  /** Send now reports differently for a class (one round) and a school-wide schedule (a round per class). */
  onSendNow: (row: ScheduleRow) => Promise<void>;
}) {
  return (
    <>
      <Button size="small" onClick={() => form.edit(row)}>
        {s.edit}
      </Button>
      <Button size="small" onClick={() => void form.run(() => calls.pause(row, !row.paused))}>
        {row.paused ? s.resume : s.pause}
      </Button>
      <Button size="small" onClick={() => void onSendNow(row)}>
        {s.sendNow}
      </Button>
      <Button size="small" onClick={() => void form.run(() => calls.remove(row))}>
        {s.remove}
      </Button>
    </>
  );
}
