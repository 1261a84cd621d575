import type { Actor } from "../domain/privacy/access.js";
import { coverageHint, type CoverageHint } from "../domain/survey/question-set-rules.js";
import { DEFAULT_QUESTION_SETS, type QuestionSet } from "../domain/survey/question-sets.js";
import type { QuestionSetChoices } from "../ports/question-set-store.js";
import type { Stores } from "../ports/stores.js";

/** One set as the tab lists it: built-in ones are read-only and carry no ETag. */
export interface ListedQuestionSet {
  set: QuestionSet;
  builtIn: boolean;
  etag?: string;
  coverage: CoverageHint;
  /** How many schedules ask this set: it cannot be deleted while any do. */
  usedBySchedules: number;
}

export type ListQuestionSetsResult =
  { ok: true; sets: ListedQuestionSet[]; choices: QuestionSetChoices } | { ok: false; reason: "forbidden" };

/** Staff may read the sets (teachers pick one in the schedule form); students may not. */
export function isStaff(actor: Actor): boolean {
  return actor.isCoordinator || actor.isMentor || actor.classes.some((c) => c.role === "teacher");
}

/** Built-in sets first, then the school's own, each with its coverage hint; plus the school's and classes' choices. */
export async function listQuestionSets(deps: { stores: Stores }, actor: Actor): Promise<ListQuestionSetsResult> {
  if (!isStaff(actor)) return { ok: false, reason: "forbidden" };
  const [own, choices, schedules] = await Promise.all([
    deps.stores.questionSets.list(actor.tenantId),
    deps.stores.questionSets.choices(actor.tenantId),
    deps.stores.schedules.list(actor.tenantId),
  ]);
  const uses = (id: string) => schedules.filter((s) => s.value.questionSetId === id).length;
  const sets: ListedQuestionSet[] = [
    ...DEFAULT_QUESTION_SETS.map((set) => ({
      set,
      builtIn: true,
      coverage: coverageHint(set),
      usedBySchedules: uses(set.id),
    })),
    ...own.map(({ value, etag }) => ({
      set: value.set,
      builtIn: false,
      etag,
      coverage: safeCoverage(value.set),
      usedBySchedules: uses(value.set.id),
    })),
  ];
  return { ok: true, sets, choices };
}

/** A hand-edited row could hold an unknown item; its hint is then "measures nothing" rather than a failed list. */
function safeCoverage(set: QuestionSet): CoverageHint {
  try {
    return coverageHint(set);
  } catch {
    return { never: [], rarely: [] };
  }
}
