/** One stored row about a person, as export and erasure see it (table name plus its non-system columns). */
export interface PersonalRow {
  table: string;
  partitionKey: string;
  rowKey: string;
  data: Record<string, unknown>;
}

/** Why a person is kept out of everything: erased on the school's order, or protected identity. */
export type ExclusionReason = "erased" | "protectedIdentity";

/**
 * Data-rights operations across every table (DESIGN §6, trust.md P15/P17/P18). Export and erasure are rare,
 * coordinator-run jobs, so they may read a tenant's whole key range; nothing on a hot path calls them except
 * `isExcluded`, a point read.
 */
export interface PrivacyStore {
  /** Every row in every table that names the person (by id, in keys or columns). */
  rowsAbout(tenantId: string, userId: string): Promise<PersonalRow[]>;
  /** Deletes every such row; returns how many rows went, per table. */
  deleteRowsAbout(tenantId: string, userId: string): Promise<Record<string, number>>;
  /** Deletes answers (and their history rows) answered before `cutoff`, and case notes written before it. */
  deleteOlderThan(tenantId: string, cutoff: string): Promise<{ answers: number; notes: number }>;
  /** Remembers the exclusion under a one-way pseudonym of the id, so the marker itself holds no identifier. */
  exclude(tenantId: string, userId: string, reason: ExclusionReason, at: string): Promise<void>;
  isExcluded(tenantId: string, userId: string): Promise<ExclusionReason | undefined>;
}
