import type { z } from "zod";
import type {
  DeliveryReportResponse,
  ScheduleBody,
  ScheduleListResponse,
  ScheduleResponse,
  SendNowResponse,
} from "../../http/api/schemas/schedules.js";
import type { Api } from "../api/client.js";

export type ScheduleDraft = z.input<typeof ScheduleBody>;
export type ScheduleRow = z.output<typeof ScheduleListResponse>["schedules"][number];
export type DeliveryReport = z.output<typeof DeliveryReportResponse>;

/** The schedule and delivery-report endpoints (src/http/api/routes/schedule-routes.ts), typed by their schemas. */
export function scheduleApi(api: Api) {
  const id = encodeURIComponent;
  const q = api.query;
  return {
    list: (classId: string) =>
      api.call<z.output<typeof ScheduleListResponse>>("GET", `/api/v1/classes/${id(classId)}/schedules?${q}`),
    create: (draft: ScheduleDraft) =>
      api.call<z.output<typeof ScheduleResponse>>("POST", `/api/v1/schedules?${q}`, draft),
    pause: (scheduleId: string, paused: boolean) =>
      api.call<z.output<typeof ScheduleResponse>>("POST", `/api/v1/schedules/${id(scheduleId)}/pause?${q}`, {
        paused,
      }),
    remove: (scheduleId: string) => api.call<object>("POST", `/api/v1/schedules/${id(scheduleId)}/delete?${q}`, {}),
    sendNow: (scheduleId: string) =>
      api.call<z.output<typeof SendNowResponse>>("POST", `/api/v1/schedules/${id(scheduleId)}/send-now?${q}`, {}),
    delivery: (classId: string, roundId: string) =>
      api.call<DeliveryReport>("GET", `/api/v1/classes/${id(classId)}/rounds/${id(roundId)}/delivery?${q}`),
  };
}
