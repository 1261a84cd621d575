import type { Case } from "../domain/action-cards/case.js";
import type { Locale } from "../domain/locale.js";
import { canAssignCase, type Actor } from "../domain/privacy/access.js";
import type { Mentorship } from "../domain/school/school.js";
import { ConcurrentChangeError } from "../ports/case-stores.js";
import type { Clock } from "../ports/runtime.js";
import type { Queues, Stores } from "../ports/stores.js";
import { caseDetail, type CaseDetail } from "./case-detail.js";
import { listActionCards } from "./list-action-cards.js";

export interface ChangeCaseDeps {
  stores: Stores;
  queues: Queues;
  clock: Clock;
}

/** Why a case change was refused; the API maps each to a status and the tab to localized words. */
export type ChangeCaseError = "notFound" | "conflict" | "closed" | "invalid" | "ownerNotAllowed";
export type ChangeCaseResult = { ok: true; detail: CaseDetail } | { ok: false; error: ChangeCaseError };

/** What a change sees: the stored case and the student's support staff, already access-checked. */
export interface CaseContext {
  current: Case;
  supportStaff: Mentorship[];
  now: string;
}

/**
 * The one path every case change takes (update, note, hand-over, close): only the student's support staff may
 * change a case; the change is computed from the stored case but written with the ETag the client last saw, so
 * an edit made on a stale screen is refused as "conflict" and never overwrites someone else's (DESIGN §4).
 */
export async function changeCase(
  deps: ChangeCaseDeps,
  actor: Actor,
  ref: { studentId: string; caseId: string; etag: string },
  locale: Locale,
  change: (ctx: CaseContext) => Case | ChangeCaseError | Promise<Case | ChangeCaseError>,
  what: string,
): Promise<ChangeCaseResult> {
  const { stores } = deps;
  const { tenantId } = actor;
  const supportStaff = await stores.mentorships.mentorsOf(tenantId, ref.studentId);
  const staffIds = supportStaff.map((m) => m.mentorId);
  if (!canAssignCase(actor, ref.studentId, staffIds)) return { ok: false, error: "notFound" };
  const stored = await stores.cases.get(tenantId, ref.studentId, ref.caseId);
  if (!stored) return { ok: false, error: "notFound" };
  if (stored.etag !== ref.etag) return { ok: false, error: "conflict" };
  const now = deps.clock.now().toISOString();
  const next = await change({ current: stored.value, supportStaff, now });
  if (typeof next === "string") return { ok: false, error: next };
  try {
    await stores.cases.update(next, ref.etag);
  } catch (error) {
    if (error instanceof ConcurrentChangeError) return { ok: false, error: "conflict" };
    throw error;
  }
  await stores.audit.record({
    tenantId,
    actorId: actor.userId,
    action: "change",
    subjectStudentId: ref.studentId,
    what,
    at: now,
  });
  const [after, library] = await Promise.all([
    stores.cases.get(tenantId, ref.studentId, ref.caseId),
    listActionCards(stores, tenantId),
  ]);
  return { ok: true, detail: caseDetail(after?.value ?? next, after?.etag ?? "", library, supportStaff, locale) };
}

/** Reads one case for the student page, with its ETag; only the student's support staff (audited). */
export async function getCase(
  deps: Pick<ChangeCaseDeps, "stores" | "clock">,
  actor: Actor,
  studentId: string,
  caseId: string,
  locale: Locale,
): Promise<CaseDetail | undefined> {
  const { stores } = deps;
  const supportStaff = await stores.mentorships.mentorsOf(actor.tenantId, studentId);
  const staffIds = supportStaff.map((m) => m.mentorId);
  if (!canAssignCase(actor, studentId, staffIds)) return undefined;
  const [stored, library] = await Promise.all([
    stores.cases.get(actor.tenantId, studentId, caseId),
    listActionCards(stores, actor.tenantId),
  ]);
  if (!stored) return undefined;
  await stores.audit.record({
    tenantId: actor.tenantId,
    actorId: actor.userId,
    action: "read",
    subjectStudentId: studentId,
    what: "case",
    at: deps.clock.now().toISOString(),
  });
  return caseDetail(stored.value, stored.etag, library, supportStaff, locale);
}
