import { isRoundOpen } from "../domain/survey/round.js";
import type { CardPayload } from "../ports/messaging.js";
import { recordAnswer } from "../use-cases/record-answer.js";
import { refreshSurveyCard } from "../use-cases/refresh-survey-card.js";
import { reopenAnswerForm } from "../use-cases/reopen-answer-form.js";
import { answerFromCard, roundRefFromCard } from "./answer-from-card.js";
import type { BotDeps } from "./bot-deps.js";
import type { CardAction } from "./card-action.js";
import { closedCard } from "./cards/closed-card.js";
import { errorCard, type ErrorReason } from "./cards/error-card.js";
import { isTimeZone } from "./cards/format.js";
import { surveyCard } from "./cards/survey-card.js";
import { thankYouCard } from "./cards/thank-you-card.js";
import { VERBS } from "./cards/verbs.js";
import type { TurnFacts } from "./turn-facts.js";

/** A card for the user who acted, and a label for the log (never content). */
export interface Outcome {
  card: CardPayload;
  label: string;
}

/** Rejections the student can fix on the survey itself: the error card offers a way back to it. */
const FIXABLE: ReadonlySet<ErrorReason> = new Set([
  "missingValue",
  "valueOffScale",
  "noteTooLong",
  "noteNotPlainText",
  "unknownHelpTarget",
  "unknownQuestion",
]);

/** The survey verbs: answer, change, and Teams' user-specific refresh. Undefined for any other verb. */
export async function routeSurveyAction(
  deps: BotDeps,
  facts: TurnFacts,
  action: CardAction,
): Promise<Outcome | undefined> {
  if (action.verb !== VERBS.answer && action.verb !== VERBS.change && action.verb !== VERBS.refresh) return undefined;
  if (deps.surveyStores) deps = { ...deps, stores: deps.surveyStores };
  const { locale } = facts;
  const fail = (reason: ErrorReason, back?: { roundId: string; classId: string }): Outcome => ({
    card: errorCard({ reason, ...(back ? { backToRound: back } : {}) }, locale),
    label: reason,
  });
  // In a channel every user-specific card keeps a refresh for its reader, so it stays theirs on every device.
  const refreshFor = facts.scope === "channel" ? facts.teamsUserId : undefined;
  // The reader's own time zone when their client tells us; else the class's.
  const zone = (classZone: string) => (isTimeZone(facts.timeZone) ? facts.timeZone : classZone);
  const app = deps.teamsAppId ? { teamsAppId: deps.teamsAppId } : {};

  if (action.verb === VERBS.answer) {
    const parsed = answerFromCard(action.data);
    if (!parsed.ok) return fail("invalidRequest");
    if (!facts.userId) return fail("notStudent");
    const result = await recordAnswer(deps, { ...parsed, tenantId: facts.tenantId, studentId: facts.userId });
    if (!result.ok) {
      const back = result.round && FIXABLE.has(result.reason) ? result.round : undefined;
      return fail(result.reason, back && { roundId: back.roundId, classId: back.classId });
    }
    const canChange = isRoundOpen(result.round, deps.clock.now());
    const view = { round: result.round, answer: result.answer, timeZone: zone(result.timeZone), canChange, ...app };
    return { card: thankYouCard({ ...view, ...(refreshFor ? { refreshFor } : {}) }, locale), label: result.saved };
  }

  const ref = roundRefFromCard(action.data);
  if (!ref) return fail("invalidRequest");
  if (!facts.userId) return fail("notStudent");
  const input = { ...ref, tenantId: facts.tenantId, studentId: facts.userId };
  const audience = refreshFor ? { audience: [refreshFor] } : {};

  if (action.verb === VERBS.change) {
    const form = await reopenAnswerForm(deps, input);
    if (!form.ok) return fail(form.reason);
    const previous = form.answer && {
      values: form.answer.values,
      ...(form.answer.help ? { help: form.answer.help } : {}),
    };
    const view = { round: form.round, className: form.className, timeZone: zone(form.timeZone), ...audience };
    return { card: surveyCard({ ...view, ...(previous ? { previous } : {}) }, locale).card, label: "form" };
  }

  const state = await refreshSurveyCard(deps, input);
  if (!state.ok) return fail(state.reason);
  const timeZone = zone(state.timeZone);
  switch (state.state) {
    case "notYet":
      return {
        card: surveyCard({ round: state.round, className: state.className, timeZone, ...audience }, locale).card,
        label: "refresh:notYet",
      };
    case "answered": {
      const view = { round: state.round, answer: state.answer, timeZone, canChange: state.open, ...app };
      return {
        card: thankYouCard({ ...view, ...(refreshFor ? { refreshFor } : {}) }, locale),
        label: "refresh:answered",
      };
    }
    case "closed":
      return { card: closedCard({ round: state.round, timeZone, ...app }, locale), label: "refresh:closed" };
  }
}
