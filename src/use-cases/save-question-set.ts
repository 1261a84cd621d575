import type { Localized } from "../domain/locale.js";
import type { Actor } from "../domain/privacy/access.js";
import {
  coverageHint,
  isBuiltInSetId,
  validateQuestionSet,
  type CoverageHint,
  type QuestionSetProblem,
} from "../domain/survey/question-set-rules.js";
import type { QuestionSet, SetCadence } from "../domain/survey/question-sets.js";
import { ConcurrentChangeError } from "../ports/case-stores.js";
import type { StoredQuestionSet } from "../ports/question-set-store.js";
import type { Clock, IdGenerator } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";

/** What the editor sends; the id is the server's (new) or the one being edited. */
export interface QuestionSetInput {
  name: Localized;
  cadence: SetCadence;
  fixed: string[];
  rotating: string[][];
  size: number;
}

export type SaveQuestionSetResult =
  | { ok: true; stored: StoredQuestionSet; coverage: CoverageHint }
  | { ok: false; reason: "forbidden" | "notFound" | "builtIn" | "conflict" }
  | { ok: false; reason: "invalid"; problems: QuestionSetProblem[] };

export interface SaveQuestionSetDeps {
  stores: Stores;
  clock: Clock;
  ids: IdGenerator;
}

/**
 * A coordinator creates a set (no `edit`) or edits one with the ETag it read. Built-in sets are read-only (the tab
 * offers a copy instead). The domain rules run before anything is written, so a refused body changes nothing; an
 * edit over someone else's newer one is refused as a conflict, never silently overwritten.
 */
export async function saveQuestionSet(
  deps: SaveQuestionSetDeps,
  actor: Actor,
  input: QuestionSetInput,
  edit?: { setId: string; etag: string },
): Promise<SaveQuestionSetResult> {
  if (!actor.isCoordinator) return { ok: false, reason: "forbidden" };
  if (edit && isBuiltInSetId(edit.setId)) return { ok: false, reason: "builtIn" };
  // "qs-" keeps a school's ids apart from built-in ones, so a built-in id can never be shadowed.
  const set: QuestionSet = { id: edit?.setId ?? `qs-${deps.ids.next()}`, ...input, name: trimmed(input.name) };
  const problems = validateQuestionSet(set);
  if (problems.length) return { ok: false, reason: "invalid", problems };
  if (edit && !(await deps.stores.questionSets.get(actor.tenantId, edit.setId)))
    return { ok: false, reason: "notFound" };
  const value = { tenantId: actor.tenantId, set, updatedBy: actor.userId, updatedAt: deps.clock.now().toISOString() };
  try {
    await deps.stores.questionSets.put(value, edit?.etag);
  } catch (error) {
    if (error instanceof ConcurrentChangeError) return { ok: false, reason: "conflict" };
    throw error;
  }
  const stored = await deps.stores.questionSets.get(actor.tenantId, set.id);
  if (!stored) return { ok: false, reason: "conflict" }; // deleted by someone else in between
  return { ok: true, stored, coverage: coverageHint(set) };
}

function trimmed(name: Localized): Localized {
  return { da: name.da.trim(), sv: name.sv.trim(), fi: name.fi.trim(), en: name.en.trim() };
}
