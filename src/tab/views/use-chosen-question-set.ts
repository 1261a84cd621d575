import { useEffect } from "react";
import type { Api } from "../api/client.js";
import { useAsync } from "../app/use-async.js";
import { questionSetApi } from "./school/question-set-api.js";

/** The set a blank schedule draft asks (use-schedule-form.ts blankDraft) until a choice says otherwise. */
const BLANK_SET = "weekly-core";

/**
 * The set the coordinator chose for the class, else the school's default (issue 3); undefined while loading, when
 * nothing was chosen, or when the list fails (the form then keeps its built-in default).
 */
export function useChosenQuestionSet(api: Api, classId: string | undefined): string | undefined {
  const [loaded] = useAsync(() => questionSetApi(api).list(), [api]);
  if (loaded.status !== "ready") return undefined;
  const { choices } = loaded.value;
  return (classId === undefined ? undefined : choices.classes[classId]) ?? choices.schoolDefault;
}

/**
 * Preselects the chosen set in a NEW schedule's form once the choice arrives; an edit, or a set the user already
 * picked, is left alone.
 */
export function usePreselectQuestionSet(
  chosen: string | undefined,
  form: { editing: unknown; draft: { questionSetId: string }; set: (key: "questionSetId", value: string) => void },
): void {
  useEffect(() => {
    if (chosen && !form.editing && form.draft.questionSetId === BLANK_SET) form.set("questionSetId", chosen);
    // Only the choice's arrival triggers this: the form object is new on every render.
  }, [chosen]);
}
