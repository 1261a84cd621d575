import type { Locale } from "../domain/locale.js";
import { classAccess, type Actor } from "../domain/privacy/access.js";
import type { Dimension } from "../domain/survey/question.js";
import { explainClimateSignal } from "../i18n/explain-class-climate.js";
import type { Stores } from "../ports/stores.js";

/** Flags the class view lists: the open one and the last few resolved ones (a term's worth, one screen). */
export const CLIMATE_FLAGS_SHOWN = 5;

export interface ClimateFlagView {
  flagId: string;
  status: "open" | "resolved";
  raisedAt: string;
  resolvedAt?: string;
  dimensions: Dimension[];
  /** Each fallen dimension in words in the reader's language; class aggregates only. */
  explanation: string[];
}

export type ClimateFlagsResult = { ok: true; flags: ClimateFlagView[] } | { ok: false; error: "forbidden" };

/**
 * The class's climate flags for its teachers and the school's coordinators (as the class overview): one partition
 * query. The flags hold means of at least 5 respondents and no student ids, so nothing here identifies a student.
 */
export async function listClassClimateFlags(
  deps: { stores: Pick<Stores, "classFlags"> },
  actor: Actor,
  input: { classId: string; locale: Locale },
): Promise<ClimateFlagsResult> {
  if (classAccess(actor, input.classId) === "none") return { ok: false, error: "forbidden" };
  const flags = await deps.stores.classFlags.listClass(actor.tenantId, input.classId);
  return {
    ok: true,
    flags: flags.slice(0, CLIMATE_FLAGS_SHOWN).map((flag) => ({
      flagId: flag.flagId,
      status: flag.status,
      raisedAt: flag.raisedAt,
      ...(flag.resolvedAt ? { resolvedAt: flag.resolvedAt } : {}),
      dimensions: flag.signals.map((s) => s.dimension),
      explanation: flag.signals.map((s) => explainClimateSignal(s, input.locale)),
    })),
  };
}
