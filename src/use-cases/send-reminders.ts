import { toLocale } from "../domain/locale.js";
import { reminderHoursOf } from "../domain/scoring/school-settings.js";
import type { ClassMember, SchoolClass } from "../domain/school/school.js";
import { isRoundOpen, type Round } from "../domain/survey/round.js";
import type { MessageSender } from "../ports/messaging.js";
import type { Stores } from "../ports/stores.js";
import type { DeliveryStatus } from "../ports/survey-stores.js";
import type { CardRenderers } from "./card-renderers.js";
import { sendPersonalCard } from "./send-personal-card.js";

export { DEFAULT_REMINDER_HOURS } from "../domain/scoring/school-settings.js";
/** Rounds per class looked at: the newest few are the only ones that can still be open. */
const RECENT_ROUNDS = 3;
/** Statuses after which a reminder is never tried again; "failed" rows are retried on the next run. */
const FINAL: ReadonlySet<DeliveryStatus> = new Set(["sent", "notInstalled", "blocked"]);

export interface SendRemindersDeps {
  stores: Stores;
  sender: MessageSender;
  cards: CardRenderers;
}

export interface SendRemindersInput {
  now: Date;
  /** The tenants to look at (the configured allow-list). */
  tenantIds: readonly string[];
  /** Hours before closing for every school, overriding their settings (tests); else each school's reminderHours. */
  hoursBefore?: number;
}

export interface ReminderTally {
  rounds: number;
  sent: number;
  skipped: number;
  failed: number;
}

/** The delivery row that makes a reminder happen once: partition = round, row = "<student>:reminder". */
export const reminderRecipient = (studentId: string): string => `${studentId}:reminder`;

/**
 * Sends one 1:1 reminder to every student who has not answered an open round closing within the school's reminder
 * hours (a coordinator's setting, default 12).
 * Idempotent: a delivery row per round and student records the reminder, so a re-run (every minute, by the
 * scheduler) sends nothing twice; a failed send is retried on the next run. Queries stay per partition.
 */
export async function sendReminders(deps: SendRemindersDeps, input: SendRemindersInput): Promise<ReminderTally> {
  const tally: ReminderTally = { rounds: 0, sent: 0, skipped: 0, failed: 0 };
  for (const tenantId of input.tenantIds) {
    // One settings row per school and run (the coordinator's "reminder hours", issue 3).
    const settings = input.hoursBefore === undefined ? await deps.stores.schoolSettings.get(tenantId) : undefined;
    const windowMs = (input.hoursBefore ?? reminderHoursOf(settings?.value)) * 3_600_000;
    for (const schoolClass of await deps.stores.classes.list(tenantId)) {
      if (!schoolClass.installed) continue;
      const rounds = await deps.stores.rounds.latest(tenantId, schoolClass.classId, RECENT_ROUNDS);
      for (const round of rounds) {
        const closesIn = Date.parse(round.closesAt) - input.now.getTime();
        if (!isRoundOpen(round, input.now) || closesIn > windowMs) continue;
        tally.rounds++;
        await remindRound(deps, schoolClass, round, tally, input.now);
      }
    }
  }
  return tally;
}

async function remindRound(
  deps: SendRemindersDeps,
  schoolClass: SchoolClass,
  round: Round,
  tally: ReminderTally,
  now: Date,
): Promise<void> {
  const { stores } = deps;
  const [members, answers] = await Promise.all([
    stores.members.list(round.tenantId, round.classId),
    stores.answers.listRound(round.tenantId, round.roundId),
  ]);
  const answered = new Set(answers.map((a) => a.studentId));
  for (const student of members.filter((m) => m.role === "student" && !answered.has(m.userId))) {
    const done = await stores.deliveries.get(round.tenantId, round.roundId, reminderRecipient(student.userId));
    if (done && FINAL.has(done.status)) {
      tally.skipped++;
      continue;
    }
    const status = await remindStudent(deps, schoolClass, round, student);
    if (status === "sent") tally.sent++;
    else if (status === "failed") tally.failed++;
    else tally.skipped++;
    await stores.deliveries.save({
      tenantId: round.tenantId,
      roundId: round.roundId,
      recipientId: reminderRecipient(student.userId),
      status,
      updatedAt: now.toISOString(),
    });
  }
}

async function remindStudent(
  deps: SendRemindersDeps,
  schoolClass: SchoolClass,
  round: Round,
  student: ClassMember,
): Promise<DeliveryStatus> {
  const view = { round, className: schoolClass.name, timeZone: schoolClass.timeZone, reminder: true };
  const target = {
    tenantId: round.tenantId,
    userId: student.userId,
    teamsUserId: student.teamsUserId,
    serviceUrl: schoolClass.serviceUrl,
    locale: "en",
  };
  try {
    const outcome = await sendPersonalCard(deps, target, (stored, chat) =>
      deps.cards.survey({ ...view, chat }, toLocale(stored)),
    );
    return outcome.status;
  } catch {
    // Throttled or transient: left "failed" so the next run (a minute later) tries again.
    return "failed";
  }
}
