import { MIN_RESPONDENTS } from "../domain/privacy/k-anonymity.js";
import type { Stores } from "../ports/stores.js";

/** How much an Action Card is used and, where enough cases closed with scores, how students changed. */
export interface CardEffect {
  cardId: string;
  uses: number;
  /** Closed cases with a score before and after. */
  n: number;
  /** Mean of (after - before) on the 1-5 scale; null when n < k. */
  meanChange: number | null;
}

/** Reads at most this many students' case partitions at once: keeps the storage account's request rate sane. */
const CONCURRENT_READS = 16;

/**
 * Card use and effect over the given students' cases (one single-partition query per student, which is the
 * cost of keeping cases in the student's partition; a school of 1,000 students is 1,000 small queries).
 */
export async function cardEffects(
  stores: Stores,
  tenantId: string,
  studentIds: readonly string[],
): Promise<CardEffect[]> {
  const byCard = new Map<string, { uses: number; changes: number[] }>();
  const unique = [...new Set(studentIds)];
  for (let i = 0; i < unique.length; i += CONCURRENT_READS) {
    const batch = unique.slice(i, i + CONCURRENT_READS);
    const lists = await Promise.all(batch.map((id) => stores.cases.listStudent(tenantId, id)));
    for (const value of lists.flat()) {
      const entry = byCard.get(value.cardId) ?? { uses: 0, changes: [] };
      entry.uses++;
      if (value.status === "closed" && value.scoreBefore !== undefined && value.scoreAfter !== undefined) {
        entry.changes.push(value.scoreAfter - value.scoreBefore);
      }
      byCard.set(value.cardId, entry);
    }
  }
  return [...byCard.entries()]
    .map(([cardId, { uses, changes }]) => ({
      cardId,
      uses,
      n: changes.length,
      meanChange:
        changes.length >= MIN_RESPONDENTS
          ? Math.round((changes.reduce((a, b) => a + b, 0) / changes.length) * 100) / 100
          : null,
    }))
    .sort((a, b) => b.uses - a.uses || a.cardId.localeCompare(b.cardId));
}
