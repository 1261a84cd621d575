import type { Locale } from "../../domain/locale.js";
import type { AnswerRejection } from "../../domain/survey/answer-validation.js";
import { t } from "../../i18n/translate.js";
import type { CardPayload } from "../../ports/messaging.js";
import { adaptiveCard, executeAction, heading, paragraph } from "./card-kit.js";
import { VERBS } from "./verbs.js";

/** Everything a user can be told went wrong; each has a message in every locale ("error.<reason>"). */
export type ErrorReason =
  | AnswerRejection
  | "roundNotFound"
  | "notStudent"
  | "invalidRequest"
  | "unknownAction"
  | "notMentor"
  | "cardNotFound"
  | "notSaved"
  | "unexpected";

export interface ErrorView {
  reason: ErrorReason;
  /** When set, a button brings the student back to the survey to fix their answer. */
  backToRound?: { roundId: string; classId: string };
  /** When set, a "Try again" button sends this action again (an answer storage could not take just now). */
  retry?: { verb: string; data: Record<string, string> };
}

/** A clear, localized error in place of the card the user acted on. Never shows a raw error message. */
export function errorCard(view: ErrorView, locale: Locale): CardPayload {
  const message = t(locale, `error.${view.reason}`);
  const actions = view.backToRound ? [executeAction(t(locale, "card.error.back"), VERBS.change, view.backToRound)] : [];
  if (view.retry) actions.push(executeAction(t(locale, "card.error.retry"), view.retry.verb, view.retry.data));
  return adaptiveCard([heading(t(locale, "card.error.title")), paragraph(message)], actions, message);
}
