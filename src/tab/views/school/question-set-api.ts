import type { z } from "zod";
import type {
  CheckQuestionSetResponse,
  QuestionSetBody,
  QuestionSetResponse,
  QuestionSetsResponse,
} from "../../../http/api/schemas/question-sets.js";
import type { Api } from "../../api/client.js";

export type QuestionSets = z.output<typeof QuestionSetsResponse>;
export type QuestionSetDraft = z.input<typeof QuestionSetBody>;
export type QuestionSetRow = QuestionSets["sets"][number];

/** The question set endpoints (src/http/api/routes/question-set-routes.ts), typed by their schemas. */
export function questionSetApi(api: Api) {
  const id = encodeURIComponent;
  const q = api.query;
  return {
    list: () => api.call<QuestionSets>("GET", `/api/v1/question-sets?${q}`),
    check: (draft: QuestionSetDraft) =>
      api.call<z.output<typeof CheckQuestionSetResponse>>("POST", `/api/v1/question-sets/check?${q}`, draft),
    create: (draft: QuestionSetDraft) =>
      api.call<z.output<typeof QuestionSetResponse>>("POST", `/api/v1/question-sets?${q}`, draft),
    update: (setId: string, draft: QuestionSetDraft, etag: string) =>
      api.call<z.output<typeof QuestionSetResponse>>("POST", `/api/v1/question-sets/${id(setId)}/update?${q}`, {
        ...draft,
        etag,
      }),
    remove: (setId: string, etag: string) =>
      api.call<object>("POST", `/api/v1/question-sets/${id(setId)}/delete?${q}`, { etag }),
    /** The school's default (no classId) or one class's set; no setId clears the choice. */
    choose: (choice: { classId?: string; setId?: string }) =>
      api.call<object>("POST", `/api/v1/question-sets/choices?${q}`, choice),
  };
}
