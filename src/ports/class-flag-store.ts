import type { ClassClimateFlag } from "../domain/scoring/class-climate-flag.js";
import type { Versioned } from "./case-stores.js";

/** Class climate flags, one partition per class: the class view lists them in one query. */
export interface ClassFlagStore {
  get(tenantId: string, classId: string, flagId: string): Promise<Versioned<ClassClimateFlag> | undefined>;
  /** Inserts when etag is undefined (ConcurrentChangeError if it exists), else replaces if the etag still matches. */
  put(flag: ClassClimateFlag, etag: string | undefined): Promise<void>;
  /** The class's climate flags, newest first. */
  listClass(tenantId: string, classId: string): Promise<ClassClimateFlag[]>;
}
