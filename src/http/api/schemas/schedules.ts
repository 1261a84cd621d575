import { z } from "zod";
import { SCHEDULE_TIME_ZONES } from "../../../domain/schedule/schedule.js";
import { Id, IsoDate, IsoDateTime } from "./common.js";

const DateRange = z.object({ from: IsoDate, to: IsoDate });

/** Whom a coordinator's school-wide schedule reaches (domain ScheduleTarget). */
const Target = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("school") }).strict(),
  z.object({ kind: z.literal("programme"), programme: z.string().max(200) }).strict(),
  // validate-schedule.ts MAX_TARGET_CLASSES (500): a region has 250 classes today, and the list fits a table cell.
  z.object({ kind: z.literal("classes"), classIds: z.array(Id).max(500) }).strict(),
]);

const ScheduleFields = z.object({
  classId: Id.optional().describe("The class of a class schedule; absent on a school-wide one"),
  target: Target.optional().describe("Set on a school-wide schedule (coordinators only)"),
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

/** The schedule's ETag as the editor last read it; a stale one answers 409 "conflict". */
const Etag = z.string().min(1).max(200).describe("the schedule's etag as last listed");
export const UpdateScheduleBody = ScheduleFields.extend({ etag: Etag }).strict();

/** A stored schedule as the tab sees it (who changed it last stays server-side). */
export const Schedule = ScheduleFields.extend({
  scheduleId: Id,
  paused: z.boolean(),
  updatedAt: IsoDateTime,
  nextOpensAt: IsoDateTime.optional(),
  etag: z.string().optional().describe("send it back with an edit, pause or delete"),
});

export const ScheduleResponse = z.object({ schedule: Schedule });
export const ScheduleListResponse = z.object({ schedules: z.array(Schedule) });
export const PauseBody = z.object({ paused: z.boolean(), etag: Etag.optional() }).strict();
export const DeleteBody = z.object({ etag: Etag.optional() }).strict();
export const SendNowResponse = z.object({
  roundId: z.string(),
  opened: z.boolean(),
  classesOpened: z.number().int().describe("rounds opened: 1 for a class schedule, one per class school-wide"),
});

/** The School view's list: school-wide schedules, and the classes and programmes a target can name. */
export const SchoolScheduleListResponse = z.object({
  schedules: z.array(Schedule),
  classes: z.array(z.object({ classId: z.string(), name: z.string(), programme: z.string() })),
});
export const RoundParams = z.object({ id: Id, roundId: z.string().min(1).max(200) });

const Status = z.enum(["pending", "sent", "failed", "blocked", "notInstalled", "uncertain"]);
export const DeliveryReportResponse = z.object({
  roundId: z.string(),
  counts: z.record(Status, z.number()),
  channel: Status.optional(),
  unreached: z.array(
    z.object({ studentId: z.string(), name: z.string(), status: Status, reason: z.string().optional() }),
  ),
});
