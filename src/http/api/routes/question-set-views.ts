import type { Locale } from "../../../domain/locale.js";
import { findQuestion } from "../../../domain/survey/items/index.js";
import type { QuestionSetProblem } from "../../../domain/survey/question-set-rules.js";
import { t, type MessageKey } from "../../../i18n/translate.js";
import type { ListedQuestionSet } from "../../../use-cases/list-question-sets.js";
import type { SaveQuestionSetResult } from "../../../use-cases/save-question-set.js";
import { ApiError } from "../../errors.js";

/** A set as the tab sees it: its names in all languages (for editing) and the one for the UI. */
export function setView(listed: ListedQuestionSet, locale: Locale) {
  const { set } = listed;
  return {
    id: set.id,
    name: set.name,
    displayName: set.name[locale],
    cadence: set.cadence,
    fixed: [...set.fixed],
    rotating: set.rotating.map((g) => [...g]),
    size: set.size,
    builtIn: listed.builtIn,
    ...(listed.etag ? { etag: listed.etag } : {}),
    coverage: listed.coverage,
    usedBySchedules: listed.usedBySchedules,
  };
}

/** A set just saved; usage is not re-read (the list shows it), since a set being saved is new or already listed. */
export function savedView(result: Extract<SaveQuestionSetResult, { ok: true }>, locale: Locale) {
  const { stored, coverage } = result;
  return setView({ set: stored.value.set, etag: stored.etag, builtIn: false, usedBySchedules: 0, coverage }, locale);
}

/** Domain problems as localized field messages; an item is named by its text in the UI language. */
export function problemDetails(problems: readonly QuestionSetProblem[], locale: Locale) {
  return problems.map((p) => ({
    path: p.field,
    message: t(locale, `questionSet.problem.${p.code}` as MessageKey, {
      item: p.item ? (findQuestion(p.item)?.text[locale] ?? p.item) : "",
    }),
  }));
}

type Refusal =
  | { reason: "forbidden" | "notFound" | "builtIn" | "conflict" | "unknownSet" | "unknownClass" }
  | { reason: "invalid"; problems: QuestionSetProblem[] }
  | { reason: "inUse"; schedules: number; chosen: boolean };

/** Translates a use case's refusal once, here (DESIGN §8.7); users never see a raw error message. */
export function refusal(result: Refusal, locale: Locale): ApiError {
  switch (result.reason) {
    case "invalid":
      return new ApiError(400, "badRequest", t(locale, "questionSet.invalid"), problemDetails(result.problems, locale));
    case "forbidden":
      return new ApiError(403, "forbidden", t(locale, "questionSet.forbidden"));
    case "notFound":
      return new ApiError(404, "notFound", t(locale, "questionSet.notFound"));
    case "builtIn":
      return new ApiError(400, "badRequest", t(locale, "questionSet.builtIn"));
    case "conflict":
      return new ApiError(409, "conflict", t(locale, "questionSet.conflict"));
    case "inUse":
      return new ApiError(
        409,
        "conflict",
        result.schedules > 0
          ? t(locale, "questionSet.inUse", { count: result.schedules })
          : t(locale, "questionSet.inUseChosen"),
      );
    case "unknownSet":
      return new ApiError(400, "badRequest", t(locale, "questionSet.unknownSet"));
    case "unknownClass":
      return new ApiError(400, "badRequest", t(locale, "schedule.problem.unknownClass"));
  }
}
