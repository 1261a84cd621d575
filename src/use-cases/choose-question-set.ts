import type { Actor } from "../domain/privacy/access.js";
import { isBuiltInSetId } from "../domain/survey/question-set-rules.js";
import type { Stores } from "../ports/stores.js";

export type ChooseQuestionSetResult = { ok: true } | { ok: false; reason: "forbidden" | "unknownSet" | "unknownClass" };

/**
 * A coordinator chooses the school's default set (no classId) or one class's set; `setId` undefined clears the
 * choice. Manual check-ins ask the class's choice, else the school's, else the weekly core items.
 */
export async function chooseQuestionSet(
  deps: { stores: Stores },
  actor: Actor,
  input: { classId?: string | undefined; setId?: string | undefined },
): Promise<ChooseQuestionSetResult> {
  if (!actor.isCoordinator) return { ok: false, reason: "forbidden" };
  const { stores } = deps;
  if (input.setId !== undefined && !isBuiltInSetId(input.setId)) {
    if (!(await stores.questionSets.get(actor.tenantId, input.setId))) return { ok: false, reason: "unknownSet" };
  }
  if (input.classId !== undefined && !(await stores.classes.get(actor.tenantId, input.classId))) {
    return { ok: false, reason: "unknownClass" };
  }
  await stores.questionSets.choose(actor.tenantId, input.classId, input.setId);
  return { ok: true };
}
