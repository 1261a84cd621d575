import type { ClassClimateSignal } from "./evaluate-class-climate.js";

/**
 * A class flag (DESIGN §3): one or more class dimensions fell against the class's own baseline. It holds aggregates
 * only (means of at least 5 respondents), never a student id, an answer or a name, so it can be shown to every
 * teacher of the class.
 */
export interface ClassClimateFlag {
  tenantId: string;
  classId: string;
  /** Derived from the round that raised it (classClimateFlagId), so raising it twice finds the same row. */
  flagId: string;
  /** The round that raised the flag. */
  roundId: string;
  /** The dimensions that fell, newest round's figures last; a later round can add dimensions. */
  signals: ClassClimateSignal[];
  /** Open until a later round with enough respondents shows no fall (the class recovered). */
  status: "open" | "resolved";
  raisedAt: string;
  updatedAt: string;
  resolvedAt?: string;
}

/** What a closed round does to the class's climate flag; `isNews` tells the teachers (only for a new flag). */
export type ClimateFlagChange =
  | { kind: "raise"; flag: ClassClimateFlag; isNews: true }
  | { kind: "join" | "resolve"; flag: ClassClimateFlag; isNews: false };

export const classClimateFlagId = (roundId: string): string => `climate:${roundId}`;

/**
 * One open climate flag per class: signals from a round raise one (news for the teachers) or join the open one
 * (not news: the teachers already know the class is struggling); a round that qualified (enough respondents) without
 * signals resolves it. A round already applied (same round id) changes nothing, so a repeated tick is harmless.
 * Pure; returns undefined when nothing changes.
 */
export function applyClimateRound(
  open: ClassClimateFlag | undefined,
  round: { tenantId: string; classId: string; roundId: string; qualified: boolean; at: string },
  signals: readonly ClassClimateSignal[],
): ClimateFlagChange | undefined {
  if (open && open.status !== "open") open = undefined;
  if (open && (open.roundId === round.roundId || open.signals.some((s) => s.roundId === round.roundId))) return;
  if (signals.length === 0) {
    if (!open || !round.qualified) return undefined; // too few respondents says nothing about recovery
    return {
      kind: "resolve",
      isNews: false,
      flag: { ...open, status: "resolved", resolvedAt: round.at, updatedAt: round.at },
    };
  }
  if (open) {
    // The newest figure per dimension replaces the older one: the panel explains where the class stands now.
    const kept = open.signals.filter((s) => !signals.some((n) => n.dimension === s.dimension));
    return { kind: "join", isNews: false, flag: { ...open, signals: [...kept, ...signals], updatedAt: round.at } };
  }
  return {
    kind: "raise",
    isNews: true,
    flag: {
      tenantId: round.tenantId,
      classId: round.classId,
      flagId: classClimateFlagId(round.roundId),
      roundId: round.roundId,
      signals: [...signals],
      status: "open",
      raisedAt: round.at,
      updatedAt: round.at,
    },
  };
}
