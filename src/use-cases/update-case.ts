import type { Locale } from "../domain/locale.js";
import type { Actor } from "../domain/privacy/access.js";
import { changeCase, type ChangeCaseDeps, type ChangeCaseResult } from "./change-case.js";
import { listActionCards } from "./list-action-cards.js";

export interface UpdateCaseInput {
  studentId: string;
  caseId: string;
  etag: string;
  /** Ticks or unticks one step of the card's checklist (0-based). */
  step?: { index: number; done: boolean } | undefined;
  dueDate?: string | undefined;
  followUpDate?: string | undefined;
}

/**
 * Ticks checklist steps and moves the due and follow-up dates. The first ticked step moves an open case to "in
 * progress"; a closed case is read-only.
 */
export async function updateCase(
  deps: ChangeCaseDeps,
  actor: Actor,
  input: UpdateCaseInput,
  locale: Locale,
): Promise<ChangeCaseResult> {
  return changeCase(
    deps,
    actor,
    input,
    locale,
    async ({ current }) => {
      if (current.status === "closed") return "closed";
      let stepsDone = current.stepsDone;
      if (input.step) {
        const card = (await listActionCards(deps.stores, actor.tenantId)).find((c) => c.cardId === current.cardId);
        const count = card?.text[locale].steps.length ?? 0;
        if (input.step.index >= count) return "invalid";
        const others = stepsDone.filter((i) => i !== input.step?.index);
        stepsDone = input.step.done ? [...others, input.step.index].sort((a, b) => a - b) : others;
      }
      if (input.dueDate && input.followUpDate && input.followUpDate < input.dueDate) return "invalid";
      return {
        ...current,
        stepsDone,
        status: stepsDone.length > 0 ? "inProgress" : current.status,
        ...(input.dueDate ? { dueDate: input.dueDate } : {}),
        ...(input.followUpDate ? { followUpDate: input.followUpDate } : {}),
      };
    },
    "caseUpdated",
  );
}
