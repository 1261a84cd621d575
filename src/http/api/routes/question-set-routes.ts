import { randomUUID } from "node:crypto";
import type { Locale } from "../../../domain/locale.js";
import { questionsFor } from "../../../domain/survey/items/index.js";
import { DIMENSIONS } from "../../../domain/survey/question.js";
import { coverageHint, validateQuestionSet } from "../../../domain/survey/question-set-rules.js";
import { t } from "../../../i18n/translate.js";
import { chooseQuestionSet } from "../../../use-cases/choose-question-set.js";
import { deleteQuestionSet } from "../../../use-cases/delete-question-set.js";
import { listQuestionSets } from "../../../use-cases/list-question-sets.js";
import { saveQuestionSet } from "../../../use-cases/save-question-set.js";
import { ApiError } from "../../errors.js";
import type { ApiDeps } from "../deps.js";
import { requireActor } from "../require-actor.js";
import { defineRoute, type ApiRoute } from "../route.js";
import { IdParams, LocaleQuery, NoInput } from "../schemas/common.js";
import {
  CheckQuestionSetResponse,
  ChooseQuestionSetBody,
  DeleteQuestionSetBody,
  QuestionSetBody,
  QuestionSetResponse,
  QuestionSetsResponse,
  UpdateQuestionSetBody,
} from "../schemas/question-sets.js";
import { problemDetails, refusal, savedView, setView } from "./question-set-views.js";

const ids = { next: () => randomUUID().slice(0, 12) };

/** The school's question sets (issue 3/6): staff list them; coordinators create, edit, delete and choose. */
export function questionSetRoutes(deps: ApiDeps): ApiRoute[] {
  const common = { tag: "question-sets", auth: true as const, query: LocaleQuery, errors: [400, 401, 403, 404, 409] };
  return [
    defineRoute({
      ...common,
      method: "get",
      path: "/api/v1/question-sets",
      operationId: "listQuestionSets",
      summary: "Built-in and the school's own question sets with coverage hints, the choices, and the item bank",
      response: QuestionSetsResponse,
      successStatus: 200,
      handle: async ({ actor, locale }) => {
        const result = await listQuestionSets(deps, requireActor(actor));
        if (!result.ok) throw new ApiError(403, "forbidden", t(locale, "questionSet.forbiddenRead"));
        return {
          body: { sets: result.sets.map((s) => setView(s, locale)), choices: result.choices, bank: bank(locale) },
        };
      },
    }),
    defineRoute({
      ...common,
      method: "post",
      path: "/api/v1/question-sets/check",
      operationId: "checkQuestionSet",
      summary: "Check a draft set without saving it: localized problems and, when valid, its coverage hint",
      body: QuestionSetBody,
      response: CheckQuestionSetResponse,
      successStatus: 200,
      handle: async ({ actor, body, locale }) => {
        if (!requireActor(actor).isCoordinator)
          throw new ApiError(403, "forbidden", t(locale, "questionSet.forbidden"));
        const set = { id: "draft", ...body };
        const problems = validateQuestionSet(set);
        return {
          body: {
            problems: problemDetails(problems, locale),
            ...(problems.length ? {} : { coverage: coverageHint(set) }),
          },
        };
      },
    }),
    defineRoute({
      ...common,
      method: "post",
      path: "/api/v1/question-sets",
      operationId: "createQuestionSet",
      summary: "Create one of the school's own question sets (coordinators only)",
      body: QuestionSetBody,
      response: QuestionSetResponse,
      successStatus: 201,
      handle: async ({ actor, body, locale }) => {
        const result = await saveQuestionSet({ ...deps, ids }, requireActor(actor), body);
        if (!result.ok) throw refusal(result, locale);
        return { body: { set: savedView(result, locale) } };
      },
    }),
    defineRoute({
      ...common,
      method: "post",
      path: "/api/v1/question-sets/:id/update",
      operationId: "updateQuestionSet",
      summary: "Edit one of the school's own sets with the ETag read (409 when someone else changed it)",
      params: IdParams,
      body: UpdateQuestionSetBody,
      response: QuestionSetResponse,
      successStatus: 200,
      handle: async ({ actor, params, body, locale }) => {
        const { etag, ...input } = body;
        const result = await saveQuestionSet({ ...deps, ids }, requireActor(actor), input, { setId: params.id, etag });
        if (!result.ok) throw refusal(result, locale);
        return { body: { set: savedView(result, locale) } };
      },
    }),
    defineRoute({
      ...common,
      method: "post",
      path: "/api/v1/question-sets/:id/delete",
      operationId: "deleteQuestionSet",
      summary: "Delete one of the school's own sets with the ETag read; refused while a schedule or choice uses it",
      params: IdParams,
      body: DeleteQuestionSetBody,
      response: NoInput,
      successStatus: 200,
      handle: async ({ actor, params, body, locale }) => {
        const result = await deleteQuestionSet(deps, requireActor(actor), params.id, body.etag);
        if (!result.ok) throw refusal(result, locale);
        return { body: {} };
      },
    }),
    defineRoute({
      ...common,
      method: "post",
      path: "/api/v1/question-sets/choices",
      operationId: "chooseQuestionSet",
      summary: "Choose the school's default set (no classId) or a class's set; no setId clears it (coordinators only)",
      body: ChooseQuestionSetBody,
      response: NoInput,
      successStatus: 200,
      handle: async ({ actor, body, locale }) => {
        const result = await chooseQuestionSet(deps, requireActor(actor), body);
        if (!result.ok) throw refusal(result, locale);
        return { body: {} };
      },
    }),
  ];
}

/** The item bank by dimension in one language: the editor shows texts, never ids. */
function bank(locale: Locale) {
  return DIMENSIONS.map((dimension) => ({
    dimension,
    name: t(locale, `dimension.${dimension}`),
    items: questionsFor(dimension).map((q) => ({ id: q.id, text: q.text[locale] })),
  }));
}
