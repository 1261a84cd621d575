import type { Locale } from "../../../domain/locale.js";
import { t } from "../../../i18n/translate.js";
import { ApiError } from "../../errors.js";

/**
 * A schedule use case's refusal as an API error, with a message in the user's language (the tab shows it as is).
 * A stale edit is 409: someone else changed the schedule since the editor read it.
 */
export function refusal(reason: "forbidden" | "notFound" | "unknownClass" | "conflict", locale: Locale): ApiError {
  switch (reason) {
    case "unknownClass":
      return new ApiError(400, "badRequest", t(locale, "schedule.problem.unknownClass"), [
        { path: "classId", message: t(locale, "schedule.problem.unknownClass") },
      ]);
    case "conflict":
      return new ApiError(409, "conflict", t(locale, "schedule.conflict"));
    case "forbidden":
      return new ApiError(403, "forbidden", t(locale, "schedule.forbidden"));
    default:
      return new ApiError(404, "notFound", t(locale, "schedule.notFound"));
  }
}
