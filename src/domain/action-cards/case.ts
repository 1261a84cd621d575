export type CaseStatus = "open" | "inProgress" | "closed";
export type CaseOutcome = "improved" | "unchanged" | "worse" | "referred";

/** An Action Card assigned to a student (DESIGN §3). */
export interface Case {
  tenantId: string;
  studentId: string;
  classId: string;
  caseId: string;
  cardId: string;
  flagId?: string;
  ownerId: string;
  assignedBy: string;
  status: CaseStatus;
  stepsDone: number[];
  createdAt: string;
  dueDate: string;
  followUpDate: string;
  /** The student's recent mean before the case, to compare at follow-up. */
  scoreBefore?: number;
  outcome?: CaseOutcome;
  /** The student's recent mean when the case was closed, shown beside `scoreBefore` (issue 6). */
  scoreAfter?: number;
  closedAt?: string;
  /** Staff-only notes, oldest first; never shown to the student. */
  notes?: CaseNote[];
}

/** A staff-only note on a case. */
export interface CaseNote {
  noteId: string;
  authorId: string;
  text: string;
  at: string;
}

/** Longest note: a few paragraphs; with MAX_NOTES it keeps the notes column under Azure Tables' 32 K chars. */
export const MAX_NOTE_CHARS = 1_000;
/** Notes kept per case: 20 x 1,000 chars plus JSON stays below the row codec's 32,000-char string limit. */
export const MAX_NOTES = 20;

export function addDays(iso: string, days: number): string {
  const date = new Date(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
