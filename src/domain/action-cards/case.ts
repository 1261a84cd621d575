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
}

export function addDays(iso: string, days: number): string {
  const date = new Date(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
