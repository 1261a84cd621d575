import type { Locale } from "../domain/locale.js";

/** The delivery row id of a round's post in the class channel, next to one row per student. */
export const CHANNEL_RECIPIENT = "channel";

/**
 * One queued send of a round's survey card to one recipient (a student's 1:1 chat, or the class channel when
 * `recipientId` is CHANNEL_RECIPIENT). Idempotent by (tenantId, roundId, recipientId): the worker checks the
 * delivery row before sending, so a job delivered twice sends once.
 */
export interface SurveySendJob {
  tenantId: string;
  classId: string;
  roundId: string;
  recipientId: string;
  /** The language to use when the recipient's own is not known yet (the teacher's or the school's). */
  locale: Locale;
}
