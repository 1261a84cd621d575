import type { Dimension } from "../survey/question.js";

/** How many recent values per dimension the state row keeps: enough for a baseline, constant in size. */
export const RECENT_VALUES_KEPT = 8;

/**
 * Everything rules need about one student in one class, in one row, so evaluating an answer reads a constant
 * number of rows however long the history is (issue 5).
 */
export interface StudentState {
  tenantId: string;
  classId: string;
  studentId: string;
  studentName: string;
  /** Normalised recent values per dimension, oldest first. */
  recent: Partial<Record<Dimension, number[]>>;
  /** Mean of each answered round, oldest first, for the sparkline. */
  trend: number[];
  missedInRow: number;
  /** Answered rounds in a row without any reason: an open flag resolves by itself after enough of them. */
  quietRounds: number;
  lastAnsweredAt?: string;
  /** Round ids already counted, newest last, so replays never count twice. */
  countedRounds: string[];
  flagId?: string;
}

export function emptyStudentState(tenantId: string, classId: string, studentId: string, name: string): StudentState {
  return {
    tenantId,
    classId,
    studentId,
    studentName: name,
    recent: {},
    trend: [],
    missedInRow: 0,
    quietRounds: 0,
    countedRounds: [],
  };
}
