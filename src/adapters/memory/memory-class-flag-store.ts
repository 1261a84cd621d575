import type { ClassClimateFlag } from "../../domain/scoring/class-climate-flag.js";
import type { Versioned } from "../../ports/case-stores.js";
import type { ClassFlagStore } from "../../ports/class-flag-store.js";
import { keys } from "../azure-tables/keys.js";
import { MemoryTable, versionedPut } from "./memory-table.js";

/** In-memory ClassFlagStore with ETag semantics. */
export class MemoryClassFlagStore implements ClassFlagStore {
  private readonly table = new MemoryTable<ClassClimateFlag>();

  async get(tenantId: string, classId: string, flagId: string): Promise<Versioned<ClassClimateFlag> | undefined> {
    return this.table.get(keys.classFlags(tenantId, classId, flagId));
  }

  async put(flag: ClassClimateFlag, etag: string | undefined): Promise<void> {
    versionedPut(this.table, keys.classFlags(flag.tenantId, flag.classId, flag.flagId), flag, etag, "class flag");
  }

  async listClass(tenantId: string, classId: string): Promise<ClassClimateFlag[]> {
    const flags = this.table.list(keys.classFlags(tenantId, classId, "").partitionKey);
    return flags.sort((a, b) => b.raisedAt.localeCompare(a.raisedAt));
  }
}
