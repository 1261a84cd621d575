import type { QuestionSet } from "../domain/survey/question-sets.js";

/** A school's own question set as stored: the set plus who changed it last. */
export interface SchoolQuestionSet {
  tenantId: string;
  set: QuestionSet;
  /** Entra object id of the coordinator who saved it last. */
  updatedBy: string;
  updatedAt: string;
}

/** A stored set with its ETag, so two coordinators editing at once never overwrite each other silently. */
export interface StoredQuestionSet {
  value: SchoolQuestionSet;
  etag: string;
}

/** Which set a school uses by default, and which a coordinator chose for single classes. */
export interface QuestionSetChoices {
  schoolDefault?: string | undefined;
  /** classId -> set id. */
  classes: Record<string, string>;
}

/**
 * The school's own question sets, one partition per tenant (RowKey = set id), and the coordinator's choices of set
 * per school and class in a partition of their own. Built-in sets live in the domain, never here.
 */
export interface QuestionSetStore {
  get(tenantId: string, setId: string): Promise<StoredQuestionSet | undefined>;
  /** One single-partition query; a school keeps a handful of sets. */
  list(tenantId: string): Promise<StoredQuestionSet[]>;
  /** Without an ETag only if new, with one only if unchanged since read; throws ConcurrentChangeError otherwise. */
  put(value: SchoolQuestionSet, etag?: string): Promise<void>;
  /** Deletes only if unchanged since read (ETag); throws ConcurrentChangeError otherwise. A missing row is fine. */
  delete(tenantId: string, setId: string, etag: string): Promise<void>;
  /** The school default and every class choice, in one single-partition query. */
  choices(tenantId: string): Promise<QuestionSetChoices>;
  /** Sets (or with undefined, clears) the choice for the school (classId undefined) or one class. */
  choose(tenantId: string, classId: string | undefined, setId: string | undefined): Promise<void>;
}
