import { validateQuestionSet } from "../domain/survey/question-set-rules.js";
import {
  DEFAULT_QUESTION_SET_ID,
  DEFAULT_QUESTION_SETS,
  resolveQuestionSet,
  type QuestionSet,
} from "../domain/survey/question-sets.js";
import type { Stores } from "../ports/stores.js";

/** Pino's `warn` shape; optional so use cases without a logger can still load sets. */
export interface WarnLogger {
  warn(fields: object, message: string): void;
}

export interface LoadQuestionSetDeps {
  stores: Pick<Stores, "questionSets">;
  logger?: WarnLogger | undefined;
}

/**
 * The set a round asks: a built-in set by id, else the school's own stored set. A set that is gone (deleted while a
 * schedule still named it, or hand-edited into an invalid row) falls back to weekly-core, so students still get a
 * check-in; the warning carries ids only (DESIGN §6).
 */
export async function loadQuestionSet(
  deps: LoadQuestionSetDeps,
  tenantId: string,
  setId: string,
): Promise<QuestionSet> {
  const builtIn = DEFAULT_QUESTION_SETS.find((s) => s.id === setId);
  if (builtIn) return builtIn;
  const stored = await deps.stores.questionSets.get(tenantId, setId);
  if (stored && validateQuestionSet(stored.value.set).length === 0) return stored.value.set;
  deps.logger?.warn(
    { tenantId, questionSetId: setId, fallback: DEFAULT_QUESTION_SET_ID },
    stored ? "question set invalid; using the default" : "question set not found; using the default",
  );
  return resolveQuestionSet(DEFAULT_QUESTION_SET_ID);
}

/** The set a coordinator chose for the class, else the school's default choice; undefined when neither is set. */
export async function loadChosenSet(
  deps: LoadQuestionSetDeps,
  tenantId: string,
  classId: string,
): Promise<QuestionSet | undefined> {
  const choices = await deps.stores.questionSets.choices(tenantId);
  const setId = choices.classes[classId] ?? choices.schoolDefault;
  return setId === undefined ? undefined : loadQuestionSet(deps, tenantId, setId);
}

/** Every set id a schedule may name in this school: the built-in ones and the school's own. */
export async function knownQuestionSetIds(stores: Pick<Stores, "questionSets">, tenantId: string): Promise<string[]> {
  const own = await stores.questionSets.list(tenantId);
  return [...DEFAULT_QUESTION_SETS.map((s) => s.id), ...own.map((s) => s.value.set.id)];
}
