import type { ActionCard } from "../domain/action-cards/action-card.js";
import type { Case } from "../domain/action-cards/case.js";
import type { Locale } from "../domain/locale.js";
import type { Clock, IdGenerator } from "../ports/runtime.js";
import type { Queues, Stores } from "../ports/stores.js";
import { assignActionCard } from "./assign-action-card.js";
import { resolveActor } from "./resolve-actor.js";

export interface AssignFromAlertInput {
  tenantId: string;
  /** From the authenticated activity: the mentor who pressed the button. */
  actorId: string;
  studentId: string;
  /** The card suggested when the alert was sent; omitted, the suggestion for the open flag now. */
  cardId?: string | undefined;
}

export type AssignFromAlertResult =
  | { ok: true; value: Case; created: boolean; actionCard: ActionCard; studentName: string }
  | { ok: false; reason: "notMentor" | "cardNotFound" };

/**
 * "Assign suggested card" on a mentor alert: the same one-click assignment as the tab (assign-action-card.ts,
 * which checks the actor mentors the student and notifies the owner), plus what the confirmation card shows.
 */
export async function assignFromAlert(
  deps: { stores: Stores; queues: Queues; clock: Clock; ids: IdGenerator },
  input: AssignFromAlertInput,
  locale: Locale,
): Promise<AssignFromAlertResult> {
  const actor = await resolveActor(deps.stores, { tenantId: input.tenantId, userId: input.actorId });
  const result = await assignActionCard(deps, actor, { studentId: input.studentId, cardId: input.cardId }, locale);
  if (!result.ok) return { ok: false, reason: result.error === "unknownCard" ? "cardNotFound" : "notMentor" };
  const [actionCard, mentorships] = await Promise.all([
    deps.stores.actionCards.get(input.tenantId, result.value.cardId),
    deps.stores.mentorships.studentsOf(input.tenantId, input.actorId),
  ]);
  if (!actionCard) return { ok: false, reason: "cardNotFound" };
  const studentName = mentorships.find((m) => m.studentId === input.studentId)?.studentName ?? "";
  return { ok: true, value: result.value, created: result.created, actionCard, studentName };
}
