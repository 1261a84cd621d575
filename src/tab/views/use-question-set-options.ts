import type { Api } from "../api/client.js";
import { useAsync } from "../app/use-async.js";
import { questionSetApi } from "./school/question-set-api.js";

/**
 * The sets a schedule may ask: built-in and the school's own, named in the UI language. Until the list arrives (or
 * if it fails) the built-in names passed in keep the form usable.
 */
export function useQuestionSetOptions(api: Api, builtIn: Record<string, string>): Array<[id: string, name: string]> {
  const [loaded] = useAsync(() => questionSetApi(api).list(), [api]);
  if (loaded.status !== "ready") return Object.entries(builtIn);
  return loaded.value.sets.map((s) => [s.id, builtIn[s.id] ?? s.displayName]);
}
