import { isActive, severityOf, type Flag, type FlagReason } from "./flag.js";
import type { StudentState } from "./student-state.js";
import type { Thresholds } from "./thresholds.js";

export interface FlagChange {
  flag: Flag;
  /** True when the flag is new or got a reason it did not have: mentors should hear about it. */
  isNews: boolean;
  /** The reasons this change added (empty when not news): what routing and the digest talk about. */
  fresh: FlagReason[];
  /** The severity before this change (0 for a new flag), so a rise to 3 can be told at once. */
  previousSeverity: number;
}

const sameReason = (a: FlagReason, b: FlagReason): boolean =>
  a.kind === b.kind && a.roundId === b.roundId && a.dimension === b.dimension;

/** A dismissed flag stays quiet about the same kind of trouble; a help request is always new. */
const newSinceDismissal = (dismissed: Flag, r: FlagReason): boolean =>
  r.kind === "helpRequest"
    ? !dismissed.reasons.some((c) => sameReason(c, r))
    : !dismissed.reasons.some((c) => c.kind === r.kind && c.dimension === r.dimension);

/**
 * Joins new reasons into the student's open flag, or opens one. Reasons already on the flag are not news, so a
 * replayed answer never notifies twice. After a mentor dismisses a flag, only something new opens another.
 * Returns undefined when there is nothing to flag.
 */
export function mergeFlag(
  current: Flag | undefined,
  reasons: readonly FlagReason[],
  ids: { tenantId: string; classId: string; studentId: string; newFlagId: string },
  now: string,
): FlagChange | undefined {
  if (reasons.length === 0) return undefined;
  if (current && isActive(current)) {
    const fresh = reasons.filter((r) => !current.reasons.some((c) => sameReason(c, r)));
    const previousSeverity = current.severity;
    if (fresh.length === 0) return { flag: current, isNews: false, fresh: [], previousSeverity };
    const merged = [...current.reasons, ...fresh];
    const flag = { ...current, reasons: merged, severity: severityOf(merged), updatedAt: now };
    return { flag, isNews: true, fresh, previousSeverity };
  }
  const opening = current?.status === "dismissed" ? reasons.filter((r) => newSinceDismissal(current, r)) : reasons;
  if (opening.length === 0) return undefined;
  return {
    flag: {
      tenantId: ids.tenantId,
      classId: ids.classId,
      studentId: ids.studentId,
      flagId: ids.newFlagId,
      reasons: [...opening],
      severity: severityOf(opening),
      status: "open",
      createdAt: now,
      updatedAt: now,
    },
    isNews: true,
    fresh: [...opening],
    previousSeverity: 0,
  };
}

/** An active flag resolves by itself after enough quiet answered rounds (a per-school setting). */
export function resolveIfQuiet(
  flag: Flag | undefined,
  state: StudentState,
  thresholds: Thresholds,
  now: string,
): Flag | undefined {
  if (!flag || !isActive(flag) || state.quietRounds < thresholds.resolveAfterGoodRounds) return undefined;
  return { ...flag, status: "resolved", updatedAt: now };
}
