import { isRoundOpen } from "../domain/survey/round.js";
import type { CardPayload } from "../ports/messaging.js";
import { assignFromAlert } from "../use-cases/assign-from-alert.js";
import { recordAnswer } from "../use-cases/record-answer.js";
import { reopenAnswerForm } from "../use-cases/reopen-answer-form.js";
import { answerFromCard, roundRefFromCard } from "./answer-from-card.js";
import type { BotDeps } from "./bot-deps.js";
import { idField, type CardAction } from "./card-action.js";
import { assignConfirmationCard } from "./cards/assign-confirmation-card.js";
import { errorCard, type ErrorReason } from "./cards/error-card.js";
import { surveyCard } from "./cards/survey-card.js";
import { thankYouCard } from "./cards/thank-you-card.js";
import { VERBS } from "./cards/verbs.js";
import type { TurnFacts } from "./turn-facts.js";

/** Rejections the student can fix on the survey itself: the error card offers a way back to it. */
const FIXABLE: ReadonlySet<ErrorReason> = new Set([
  "missingValue",
  "valueOffScale",
  "noteTooLong",
  "unknownHelpTarget",
  "unknownQuestion",
]);

/**
 * Routes a card button by verb to one use case and renders the card that replaces it for the user. Unknown verbs
 * and malformed data get a localized error card; nothing is stored for them.
 */
export async function routeCardAction(deps: BotDeps, facts: TurnFacts, action: CardAction): Promise<CardPayload> {
  const outcome = await route(deps, facts, action);
  deps.logger.info({ tenantId: facts.tenantId, verb: safeVerb(action.verb), outcome: outcome.label }, "card action");
  return outcome.card;
}

interface Outcome {
  card: CardPayload;
  label: string;
}

async function route(deps: BotDeps, facts: TurnFacts, action: CardAction): Promise<Outcome> {
  const { locale } = facts;
  const fail = (reason: ErrorReason, back?: { roundId: string; classId: string }): Outcome => ({
    card: errorCard({ reason, ...(back ? { backToRound: back } : {}) }, locale),
    label: reason,
  });
  switch (action.verb) {
    case VERBS.answer: {
      const parsed = answerFromCard(action.data);
      if (!parsed.ok) return fail("invalidRequest");
      if (!facts.userId) return fail("notStudent");
      const result = await recordAnswer(deps, { ...parsed, tenantId: facts.tenantId, studentId: facts.userId });
      if (!result.ok) {
        const back = result.round && FIXABLE.has(result.reason) ? result.round : undefined;
        return fail(result.reason, back && { roundId: back.roundId, classId: back.classId });
      }
      const canChange = isRoundOpen(result.round, deps.clock.now());
      const card = thankYouCard(
        { round: result.round, answer: result.answer, timeZone: result.timeZone, canChange },
        locale,
      );
      return { card, label: result.saved };
    }
    case VERBS.change: {
      const ref = roundRefFromCard(action.data);
      if (!ref) return fail("invalidRequest");
      if (!facts.userId) return fail("notStudent");
      const form = await reopenAnswerForm(deps, { ...ref, tenantId: facts.tenantId, studentId: facts.userId });
      if (!form.ok) return fail(form.reason);
      const previous = form.answer && {
        values: form.answer.values,
        ...(form.answer.help ? { help: form.answer.help } : {}),
      };
      const view = {
        round: form.round,
        className: form.className,
        timeZone: form.timeZone,
        ...(previous ? { previous } : {}),
      };
      return { card: surveyCard(view, locale).card, label: "form" };
    }
    case VERBS.assignSuggested: {
      const studentId = idField.safeParse(action.data.studentId);
      const cardId = idField.optional().safeParse(action.data.cardId);
      if (!studentId.success || !cardId.success) return fail("invalidRequest");
      if (!facts.userId) return fail("notMentor");
      const input = { tenantId: facts.tenantId, actorId: facts.userId, studentId: studentId.data, cardId: cardId.data };
      const result = await assignFromAlert(deps, input, locale);
      if (!result.ok) return fail(result.reason);
      const view = {
        studentId: studentId.data,
        studentName: result.studentName,
        actionCard: result.actionCard,
        dueDate: result.value.dueDate,
      };
      return {
        card: assignConfirmationCard(view, locale, deps.teamsAppId),
        label: result.created ? "assigned" : "alreadyAssigned",
      };
    }
    default:
      return fail("unknownAction");
  }
}

/** Verbs go into logs; a tampered one is reduced to a marker so logs never carry arbitrary client text. */
function safeVerb(verb: string): string {
  return Object.values(VERBS).includes(verb as never) ? verb : "(unknown)";
}
