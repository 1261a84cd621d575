import { isActive, severityOf, type Flag, type FlagReason } from "./flag.js";

export interface FlagChange {
  flag: Flag;
  /** True when the flag is new or got a reason it did not have: mentors should hear about it. */
  isNews: boolean;
}

const sameReason = (a: FlagReason, b: FlagReason): boolean =>
  a.kind === b.kind && a.roundId === b.roundId && a.dimension === b.dimension;

/**
 * Joins new reasons into the student's open flag, or opens one. Reasons already on the flag are not news,
 * so a replayed answer never notifies twice. Returns undefined when there is nothing to flag.
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
    if (fresh.length === 0) return { flag: current, isNews: false };
    const merged = [...current.reasons, ...fresh];
    return { flag: { ...current, reasons: merged, severity: severityOf(merged), updatedAt: now }, isNews: true };
  }
  return {
    flag: {
      tenantId: ids.tenantId,
      classId: ids.classId,
      studentId: ids.studentId,
      flagId: ids.newFlagId,
      reasons: [...reasons],
      severity: severityOf(reasons),
      status: "open",
      createdAt: now,
      updatedAt: now,
    },
    isNews: true,
  };
}
