import type { HelpTarget } from "../survey/answer.js";
import type { Dimension } from "../survey/question.js";

export const FLAG_REASON_KINDS = ["helpRequest", "dropoutThoughts", "lowScore", "drop", "silence"] as const;
export type FlagReasonKind = (typeof FLAG_REASON_KINDS)[number];

/** One reason a student is flagged, with what a mentor needs to explain it in words. */
export interface FlagReason {
  kind: FlagReasonKind;
  roundId: string;
  at: string;
  dimension?: Dimension;
  /** The (normalised, higher is better) value that triggered it. */
  value?: number;
  baseline?: number;
  missedRounds?: number;
  helpTarget?: HelpTarget;
}

export type Severity = 1 | 2 | 3;
export type FlagStatus = "open" | "acknowledged" | "resolved" | "dismissed";

/** One open flag per student; new reasons join it (DESIGN §3). */
export interface Flag {
  tenantId: string;
  classId: string;
  studentId: string;
  flagId: string;
  reasons: FlagReason[];
  severity: Severity;
  status: FlagStatus;
  createdAt: string;
  updatedAt: string;
}

const SEVERITY_BY_KIND: Record<FlagReasonKind, Severity> = {
  helpRequest: 3,
  dropoutThoughts: 3,
  lowScore: 2,
  drop: 2,
  silence: 1,
};

/** A flag's severity is its most serious reason; two or more level-2 reasons make it 3. */
export function severityOf(reasons: readonly FlagReason[]): Severity {
  const levels = reasons.map((r) => SEVERITY_BY_KIND[r.kind]);
  const max = Math.max(1, ...levels) as Severity;
  const seriousKinds = new Set(reasons.filter((r) => SEVERITY_BY_KIND[r.kind] >= 2).map((r) => r.kind));
  return max < 3 && seriousKinds.size >= 2 ? 3 : max;
}

export function isActive(flag: Pick<Flag, "status"> | undefined): boolean {
  return flag !== undefined && (flag.status === "open" || flag.status === "acknowledged");
}
