import type { Stores } from "../ports/stores.js";

/** DESIGN §6 / issue 7: answers and notes older than 13 months are deleted unless the school chooses otherwise. */
export const DEFAULT_RETENTION_MONTHS = 13;

export interface RetentionRun {
  tenantId: string;
  cutoff: string;
  answersDeleted: number;
  notesDeleted: number;
}

/**
 * The daily retention job for one school (the issue-4 scheduler calls it once a day per allow-listed tenant):
 * deletes answers (with their history rows) and case notes older than the school's retention period.
 */
export async function runRetention(
  deps: { stores: Pick<Stores, "privacy"> },
  input: { tenantId: string; now: Date; retentionMonths?: number },
): Promise<RetentionRun | undefined> {
  const privacy = deps.stores.privacy;
  if (!privacy) return undefined;
  const cutoffDate = new Date(input.now);
  cutoffDate.setUTCMonth(cutoffDate.getUTCMonth() - (input.retentionMonths ?? DEFAULT_RETENTION_MONTHS));
  const cutoff = cutoffDate.toISOString();
  const { answers, notes } = await privacy.deleteOlderThan(input.tenantId, cutoff);
  return { tenantId: input.tenantId, cutoff, answersDeleted: answers, notesDeleted: notes };
}
