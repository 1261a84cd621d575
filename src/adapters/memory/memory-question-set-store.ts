import { ConcurrentChangeError } from "../../ports/case-stores.js";
import type {
  QuestionSetChoices,
  QuestionSetStore,
  SchoolQuestionSet,
  StoredQuestionSet,
} from "../../ports/question-set-store.js";
import { keys } from "../azure-tables/keys.js";
import { MemoryTable, versionedPut } from "./memory-table.js";

/** In-memory QuestionSetStore with the table adapter's keys and ETag semantics. */
export class MemoryQuestionSetStore implements QuestionSetStore {
  private readonly table = new MemoryTable<SchoolQuestionSet>();
  private readonly choiceRows = new MemoryTable<{ classId?: string; setId: string }>();

  async get(tenantId: string, setId: string): Promise<StoredQuestionSet | undefined> {
    return this.table.get(keys.questionSets(tenantId, setId));
  }
  async list(tenantId: string): Promise<StoredQuestionSet[]> {
    return this.table
      .list(keys.questionSets(tenantId, "").partitionKey)
      .map((value) => this.table.get(keys.questionSets(tenantId, value.set.id)))
      .filter((row): row is StoredQuestionSet => row !== undefined);
  }
  async put(value: SchoolQuestionSet, etag?: string): Promise<void> {
    versionedPut(this.table, keys.questionSets(value.tenantId, value.set.id), value, etag, "question set");
  }
  async delete(tenantId: string, setId: string, etag: string): Promise<void> {
    const key = keys.questionSets(tenantId, setId);
    const row = this.table.get(key);
    if (row && row.etag !== etag) throw new ConcurrentChangeError("question set");
    this.table.delete(key);
  }
  async choices(tenantId: string): Promise<QuestionSetChoices> {
    const result: QuestionSetChoices = { classes: {} };
    for (const row of this.choiceRows.list(keys.questionSetChoices(tenantId, undefined).partitionKey)) {
      if (row.classId === undefined) result.schoolDefault = row.setId;
      else result.classes[row.classId] = row.setId;
    }
    return result;
  }
  async choose(tenantId: string, classId: string | undefined, setId: string | undefined): Promise<void> {
    const key = keys.questionSetChoices(tenantId, classId);
    if (setId === undefined) this.choiceRows.delete(key);
    else this.choiceRows.upsert(key, classId === undefined ? { setId } : { classId, setId });
  }
}
