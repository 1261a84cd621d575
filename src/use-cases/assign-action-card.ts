import { randomUUID } from "node:crypto";
import { suggestCard } from "../domain/action-cards/suggest-card.js";
import { addDays, type Case } from "../domain/action-cards/case.js";
import type { Locale } from "../domain/locale.js";
import { canAssignCase, canOwnCase, type Actor } from "../domain/privacy/access.js";
import { isActive, type Flag } from "../domain/scoring/flag.js";
import type { Clock, IdGenerator } from "../ports/runtime.js";
import type { Queues, Stores } from "../ports/stores.js";
import { listActionCards } from "./list-action-cards.js";
import { summarizeCase, type CaseSummary } from "./student-views.js";

export interface AssignActionCardInput {
  studentId: string;
  /** Omitted: the card suggested for the student's open flag (the one-click path). */
  cardId?: string | undefined;
  /** Omitted: the assigning mentor owns the case. */
  ownerId?: string | undefined;
}

export type AssignActionCardError = "notFound" | "unknownCard" | "ownerNotAllowed";

export type AssignActionCardResult =
  { ok: true; created: boolean; value: Case; summary: CaseSummary } | { ok: false; error: AssignActionCardError };

export interface AssignActionCardDeps {
  stores: Stores;
  queues: Queues;
  clock: Clock;
  ids?: IdGenerator;
}

const uuids: IdGenerator = { next: () => randomUUID() };

/** How many recent round means make "the score before" a case, to compare at follow-up (issue 6). */
const SCORE_BEFORE_ROUNDS = 3;

/**
 * Assigns an Action Card to a student as a case: only one of the student's mentors may, and the owner must be
 * one of the student's support staff. Assigning the same card again while its case is open returns that case,
 * so a double click never makes two. The owner is notified through the notification queue (the bot delivers).
 */
export async function assignActionCard(
  deps: AssignActionCardDeps,
  actor: Actor,
  input: AssignActionCardInput,
  locale: Locale,
): Promise<AssignActionCardResult> {
  const { stores } = deps;
  const { tenantId } = actor;
  const mentorships = await stores.mentorships.mentorsOf(tenantId, input.studentId);
  const mentorIds = mentorships.map((m) => m.mentorId);
  const own = mentorships.find((m) => m.mentorId === actor.userId);
  if (!own || !canAssignCase(actor, input.studentId, mentorIds)) return { ok: false, error: "notFound" };
  const ownerId = input.ownerId ?? actor.userId;
  if (!canOwnCase(ownerId, mentorIds)) return { ok: false, error: "ownerNotAllowed" };

  const [library, state, existing] = await Promise.all([
    listActionCards(stores, tenantId),
    stores.studentStates.get(tenantId, own.classId, input.studentId),
    stores.cases.listStudent(tenantId, input.studentId),
  ]);
  const flagRead = state?.value.flagId
    ? await stores.flags.get(tenantId, input.studentId, state.value.flagId)
    : undefined;
  const flag: Flag | undefined = isActive(flagRead?.value) ? flagRead?.value : undefined;
  const card = input.cardId
    ? library.find((c) => c.cardId === input.cardId)
    : suggestCard(flag?.reasons ?? [], library);
  if (!card) return { ok: false, error: "unknownCard" };

  const same = existing.find((c) => c.cardId === card.cardId && c.status !== "closed");
  if (same) return { ok: true, created: false, value: same, summary: summarizeCase(same, library, locale) };

  const now = deps.clock.now().toISOString();
  const trend = state?.value.trend ?? [];
  const value: Case = {
    tenantId,
    studentId: input.studentId,
    classId: own.classId,
    caseId: (deps.ids ?? uuids).next(),
    cardId: card.cardId,
    ...(flag ? { flagId: flag.flagId } : {}),
    ownerId,
    assignedBy: actor.userId,
    status: "open",
    stepsDone: [],
    createdAt: now,
    dueDate: addDays(now, card.dueInDays),
    followUpDate: addDays(now, card.followUpInDays),
    ...(trend.length > 0 ? { scoreBefore: meanOfLast(trend, SCORE_BEFORE_ROUNDS) } : {}),
  };
  await stores.cases.create(value);
  await stores.audit.record({
    tenantId,
    actorId: actor.userId,
    action: "change",
    subjectStudentId: input.studentId,
    what: "caseAssigned",
    at: now,
  });
  await deps.queues.notifications.enqueue({
    kind: "caseAssigned",
    key: `caseAssigned:${value.caseId}`,
    tenantId,
    studentId: input.studentId,
    caseId: value.caseId,
    ownerId,
  });
  return { ok: true, created: true, value, summary: summarizeCase(value, library, locale) };
}

function meanOfLast(values: readonly number[], n: number): number {
  const last = values.slice(-n);
  return Math.round((last.reduce((a, b) => a + b, 0) / last.length) * 10) / 10;
}
