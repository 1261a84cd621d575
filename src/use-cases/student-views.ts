import type { ActionCard } from "../domain/action-cards/action-card.js";
import type { Case, CaseStatus } from "../domain/action-cards/case.js";
import type { Locale } from "../domain/locale.js";
import type { FlagReason } from "../domain/scoring/flag.js";

// View-model pieces the tab's student screens share: case summaries and a flag's reasons, once each.

/** A case in a list row: enough to show what is being done, by whom, by when. */
export interface CaseSummary {
  caseId: string;
  cardId: string;
  cardTitle: string;
  ownerId: string;
  status: CaseStatus;
  dueDate: string;
  createdAt: string;
}

/**
 * A flag gathers reasons over several rounds; a list row shows each kind of trouble once (per dimension), as of
 * its latest round, newest first. The student record keeps every reason.
 */
export function latestReasons(reasons: readonly FlagReason[]): FlagReason[] {
  const latest = new Map<string, FlagReason>();
  for (const reason of reasons) {
    const key = `${reason.kind}|${reason.dimension ?? ""}`;
    const seen = latest.get(key);
    if (!seen || reason.at > seen.at) latest.set(key, reason);
  }
  return [...latest.values()].sort((a, b) => b.at.localeCompare(a.at));
}

/** The newest case that is not closed, if any. */
export function summarizeOpenCase(
  cases: readonly Case[],
  library: readonly ActionCard[],
  locale: Locale,
): CaseSummary | undefined {
  const open = cases.filter((c) => c.status !== "closed").sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return open ? summarizeCase(open, library, locale) : undefined;
}

export function summarizeCase(value: Case, library: readonly ActionCard[], locale: Locale): CaseSummary {
  const card = library.find((c) => c.cardId === value.cardId);
  return {
    caseId: value.caseId,
    cardId: value.cardId,
    cardTitle: card?.text[locale].title ?? value.cardId,
    ownerId: value.ownerId,
    status: value.status,
    dueDate: value.dueDate,
    createdAt: value.createdAt,
  };
}
