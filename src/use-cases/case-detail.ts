import type { ActionCard } from "../domain/action-cards/action-card.js";
import type { Case, CaseOutcome } from "../domain/action-cards/case.js";
import type { Locale } from "../domain/locale.js";
import type { MentorRole, Mentorship } from "../domain/school/school.js";
import { summarizeCase, type CaseSummary } from "./student-views.js";

/** A case as the student page shows it: the checklist, staff-only notes, dates and before/after scores. */
export interface CaseDetail extends CaseSummary {
  studentId: string;
  /** Present the ETag back on every change; a stale one is refused as "changed by someone else". */
  etag: string;
  assignedBy: string;
  ownerName: string;
  ownerRole: MentorRole | undefined;
  followUpDate: string;
  steps: Array<{ text: string; done: boolean }>;
  notes: Array<{ noteId: string; authorId: string; authorName: string; text: string; at: string }>;
  scoreBefore: number | undefined;
  scoreAfter: number | undefined;
  outcome: CaseOutcome | undefined;
  closedAt: string | undefined;
}

/** Builds the detail view; names come from the student's mentorships, so nobody else's name is looked up. */
export function caseDetail(
  value: Case,
  etag: string,
  library: readonly ActionCard[],
  supportStaff: readonly Mentorship[],
  locale: Locale,
): CaseDetail {
  const card = library.find((c) => c.cardId === value.cardId);
  const nameOf = (userId: string) => supportStaff.find((m) => m.mentorId === userId)?.mentorName ?? "";
  const owner = supportStaff.find((m) => m.mentorId === value.ownerId);
  return {
    ...summarizeCase(value, library, locale),
    studentId: value.studentId,
    etag,
    assignedBy: value.assignedBy,
    ownerName: owner?.mentorName ?? "",
    ownerRole: owner?.role,
    followUpDate: value.followUpDate,
    steps: (card?.text[locale].steps ?? []).map((text, i) => ({ text, done: value.stepsDone.includes(i) })),
    notes: (value.notes ?? []).map((n) => ({ ...n, authorName: nameOf(n.authorId) })),
    scoreBefore: value.scoreBefore,
    scoreAfter: value.scoreAfter,
    outcome: value.outcome,
    closedAt: value.closedAt,
  };
}

/** Mean of the last `n` round means, one decimal: the "score" compared before and after a case. */
export function meanOfLast(values: readonly number[], n: number): number | undefined {
  const last = values.slice(-n);
  if (last.length === 0) return undefined;
  return Math.round((last.reduce((a, b) => a + b, 0) / last.length) * 10) / 10;
}
