import { classAccess, type Actor } from "../domain/privacy/access.js";
import type { Stores } from "../ports/stores.js";
import type { DeliveryStatus } from "../ports/survey-stores.js";
import { CHANNEL_RECIPIENT } from "../ports/survey-sends.js";

export interface DeliveryReport {
  roundId: string;
  /** Students per delivery state; `pending` are still queued or being retried. */
  counts: Record<DeliveryStatus, number>;
  channel: DeliveryStatus | undefined;
  /**
   * Students who did not surely get the survey (failed, blocked, not installed, uncertain), by id and name, so the
   * teacher can act.
   */
  unreached: Array<{ studentId: string; name: string; status: DeliveryStatus; reason?: string }>;
}

/**
 * A round's delivery report for its class's teacher (issue 4): how many students got the survey and who did not.
 * Delivery states are not answers, so the teacher may see them per student; coordinators see counts only.
 */
export async function getDeliveryReport(
  deps: { stores: Stores },
  actor: Actor,
  classId: string,
  roundId: string,
): Promise<{ ok: true; report: DeliveryReport } | { ok: false; reason: "forbidden" | "notFound" }> {
  const access = classAccess(actor, classId);
  if (access === "none") return { ok: false, reason: "forbidden" };
  const round = await deps.stores.rounds.get(actor.tenantId, classId, roundId);
  if (!round) return { ok: false, reason: "notFound" };
  const [rows, members] = await Promise.all([
    deps.stores.deliveries.listRound(actor.tenantId, roundId),
    deps.stores.members.list(actor.tenantId, classId),
  ]);
  const names = new Map(members.map((m) => [m.userId, m.name]));
  const counts: Record<DeliveryStatus, number> = {
    pending: 0,
    sent: 0,
    failed: 0,
    blocked: 0,
    notInstalled: 0,
    uncertain: 0,
  };
  const unreached: DeliveryReport["unreached"] = [];
  let channel: DeliveryStatus | undefined;
  for (const row of rows) {
    if (row.recipientId === CHANNEL_RECIPIENT) {
      channel = row.status;
      continue;
    }
    if (!names.has(row.recipientId)) continue; // reminders and other rows keyed differently are not students
    counts[row.status]++;
    if (access === "teacher" && row.status !== "sent" && row.status !== "pending") {
      const name = names.get(row.recipientId) ?? "";
      unreached.push({
        studentId: row.recipientId,
        name,
        status: row.status,
        ...(row.reason ? { reason: row.reason } : {}),
      });
    }
  }
  return { ok: true, report: { roundId, counts, channel, unreached } };
}
