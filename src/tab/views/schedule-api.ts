import type { z } from "zod";
import type {
  DeliveryReportResponse,
  ScheduleBody,
  ScheduleListResponse,
  ScheduleResponse,
  SchoolScheduleListResponse,
  SendNowResponse,
} from "../../http/api/schemas/schedules.js";
import type { Api } from "../api/client.js";

export type ScheduleDraft = z.input<typeof ScheduleBody>;
export type ScheduleRow = z.output<typeof ScheduleListResponse>["schedules"][number];
export type SchoolSchedules = z.output<typeof SchoolScheduleListResponse>;
export type DeliveryReport = z.output<typeof DeliveryReportResponse>;

/** The schedule and delivery-report endpoints (src/http/api/routes/schedule-routes.ts), typed by their schemas. */
export function scheduleApi(api: Api) {
  const id = encodeURIComponent;
  const q = api.query;
  const etagOf = (etag: string | undefined) => (etag ? { etag } : {});
  return {
    list: (classId: string) =>
      api.call<z.output<typeof ScheduleListResponse>>("GET", `/api/v1/classes/${id(classId)}/schedules?${q}`),
    listSchool: () => api.call<SchoolSchedules>("GET", `/api/v1/school/schedules?${q}`),
    create: (draft: ScheduleDraft) =>
      api.call<z.output<typeof ScheduleResponse>>("POST", `/api/v1/schedules?${q}`, draft),
    /** Sends the ETag the row was listed with: a schedule changed since answers 409 "conflict". */
    update: (scheduleId: string, draft: ScheduleDraft, etag: string | undefined) =>
      api.call<z.output<typeof ScheduleResponse>>("POST", `/api/v1/schedules/${id(scheduleId)}/update?${q}`, {
        ...draft,
        ...etagOf(etag),
      }),
    pause: (row: Pick<ScheduleRow, "scheduleId" | "etag">, paused: boolean) =>
      api.call<z.output<typeof ScheduleResponse>>("POST", `/api/v1/schedules/${id(row.scheduleId)}/pause?${q}`, {
        paused,
        ...etagOf(row.etag),
      }),
    remove: (row: Pick<ScheduleRow, "scheduleId" | "etag">) =>
      api.call<object>("POST", `/api/v1/schedules/${id(row.scheduleId)}/delete?${q}`, etagOf(row.etag)),
    sendNow: (scheduleId: string) =>
      api.call<z.output<typeof SendNowResponse>>("POST", `/api/v1/schedules/${id(scheduleId)}/send-now?${q}`, {}),
    delivery: (classId: string, roundId: string) =>
      api.call<DeliveryReport>("GET", `/api/v1/classes/${id(classId)}/rounds/${id(roundId)}/delivery?${q}`),
  };
}

/** The editable fields of a listed schedule, as the form holds them. */
export function draftOf(row: ScheduleRow): ScheduleDraft {
  const { cadence, weekday, time, timeZone, openHours, delivery, questionSetId, term, holidays } = row;
  const base = { cadence, weekday, time, timeZone, openHours, delivery, questionSetId, term, holidays };
  return row.target ? { ...base, target: row.target } : { ...base, classId: row.classId };
}
