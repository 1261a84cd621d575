import { z } from "zod";
import { SCHEDULE_TIME_ZONES } from "../../../domain/schedule/schedule.js";
import { Id, IsoDate, IsoDateTime } from "./common.js";

const DateRange = z.object({ from: IsoDate, to: IsoDate });

const ScheduleFields = z.object({
  classId: Id,
  cadence: z.enum(["weekly", "fortnightly"]),
  weekday: z.number().int().describe("ISO weekday, Monday = 1 ... Sunday = 7"),
  time: z.string().max(5).describe("Local wall-clock time HH:MM"),
  timeZone: z.enum(SCHEDULE_TIME_ZONES),
  openHours: z.number().describe("How long each round stays open"),
  delivery: z.enum(["channel", "personal", "both"]),
  questionSetId: Id,
  term: DateRange,
  // A term's holidays: autumn, Christmas, winter, Easter... a few dozen at most.
  holidays: z.array(DateRange).max(50),
});

/** What the editor sends; the domain's validateSchedule checks the rules and answers localized problems. */
export const ScheduleBody = ScheduleFields.strict();

/** A stored schedule as the tab sees it (who changed it last stays server-side). */
export const Schedule = ScheduleFields.extend({
  scheduleId: Id,
  paused: z.boolean(),
  updatedAt: IsoDateTime,
  nextOpensAt: IsoDateTime.optional(),
});

export const ScheduleResponse = z.object({ schedule: Schedule });
export const ScheduleListResponse = z.object({ schedules: z.array(Schedule) });
export const PauseBody = z.object({ paused: z.boolean() }).strict();
export const SendNowResponse = z.object({ roundId: z.string(), opened: z.boolean() });
export const RoundParams = z.object({ id: Id, roundId: z.string().min(1).max(200) });

const Status = z.enum(["pending", "sent", "failed", "blocked", "notInstalled"]);
export const DeliveryReportResponse = z.object({
  roundId: z.string(),
  counts: z.record(Status, z.number()),
  channel: Status.optional(),
  unreached: z.array(
    z.object({ studentId: z.string(), name: z.string(), status: Status, reason: z.string().optional() }),
  ),
});
