import type { Actor } from "../domain/privacy/access.js";
import { isBuiltInSetId } from "../domain/survey/question-set-rules.js";
import { ConcurrentChangeError } from "../ports/case-stores.js";
import type { Stores } from "../ports/stores.js";

export type DeleteQuestionSetResult =
  | { ok: true }
  | { ok: false; reason: "forbidden" | "notFound" | "builtIn" | "conflict" }
  /** Schedules still ask it, or it is the school's or a class's chosen set. */
  | { ok: false; reason: "inUse"; schedules: number; chosen: boolean };

/**
 * A coordinator deletes one of the school's own sets with the ETag they read. A set a schedule asks, or one chosen
 * for the school or a class, is refused: rounds would otherwise fall back to another set without anyone deciding it.
 */
export async function deleteQuestionSet(
  deps: { stores: Stores },
  actor: Actor,
  setId: string,
  etag: string,
): Promise<DeleteQuestionSetResult> {
  if (!actor.isCoordinator) return { ok: false, reason: "forbidden" };
  if (isBuiltInSetId(setId)) return { ok: false, reason: "builtIn" };
  const { stores } = deps;
  const [stored, schedules, choices] = await Promise.all([
    stores.questionSets.get(actor.tenantId, setId),
    stores.schedules.list(actor.tenantId),
    stores.questionSets.choices(actor.tenantId),
  ]);
  if (!stored) return { ok: false, reason: "notFound" };
  const using = schedules.filter((s) => s.value.questionSetId === setId).length;
  const chosen = choices.schoolDefault === setId || Object.values(choices.classes).includes(setId);
  if (using > 0 || chosen) return { ok: false, reason: "inUse", schedules: using, chosen };
  try {
    await stores.questionSets.delete(actor.tenantId, setId, etag);
  } catch (error) {
    if (error instanceof ConcurrentChangeError) return { ok: false, reason: "conflict" };
    throw error;
  }
  return { ok: true };
}
