import type { CardPayload } from "../ports/messaging.js";
import { acknowledgeFlag } from "../use-cases/acknowledge-flag.js";
import { assignFromAlert } from "../use-cases/assign-from-alert.js";
import { snoozeStudent } from "../use-cases/snooze-student.js";
import type { BotDeps } from "./bot-deps.js";
import { idField, type CardAction } from "./card-action.js";
import { assignConfirmationCard } from "./cards/assign-confirmation-card.js";
import { errorCard, type ErrorReason } from "./cards/error-card.js";
import { flagActionCard } from "./cards/flag-action-card.js";
import { VERBS } from "./cards/verbs.js";
import { answerRetryData } from "./answer-retry-data.js";
import { routeSurveyAction } from "./survey-routes.js";
import type { TurnFacts } from "./turn-facts.js";

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
  const survey = await answerOrNotSaved(deps, facts, action);
  if (survey) return survey;
  switch (action.verb) {
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
    case VERBS.acknowledge:
    case VERBS.snooze: {
      const studentId = idField.safeParse(action.data.studentId);
      const flagId = idField.optional().safeParse(action.data.flagId);
      if (!studentId.success || !flagId.success) return fail("invalidRequest");
      if (!facts.userId) return fail("notMentor");
      const input = { tenantId: facts.tenantId, actorId: facts.userId, studentId: studentId.data };
      const show = (done: "acknowledged" | "snoozed" | "noOpenFlag", days?: number): Outcome => ({
        card: flagActionCard({ done, studentId: studentId.data, ...(days ? { days } : {}) }, locale, deps.teamsAppId),
        label: done,
      });
      if (action.verb === VERBS.snooze) {
        const days = Number(action.data.snoozeDays);
        const result = await snoozeStudent(deps, { ...input, days });
        if (!result.ok) return fail(result.reason === "notFound" ? "notMentor" : "invalidRequest");
        return show("snoozed", days);
      }
      const result = await acknowledgeFlag(deps, { ...input, flagId: flagId.data });
      if (!result.ok) return result.reason === "notFound" ? fail("notMentor") : show("noOpenFlag");
      return show("acknowledged");
    }
    default:
      return fail("unknownAction");
  }
}

/**
 * The survey verbs, with the one promise an answer makes: the thank-you card is shown only after the answer is
 * stored (and scored). When storage fails part-way, the student is told it was not saved and gets a "Try again"
 * button that sends the same answer; saving and scoring are idempotent, so a retry after a partial write counts once.
 * Never a thank-you for an answer that may be lost, and never a 5xx. Other verbs fail to the turn's error card.
 */
async function answerOrNotSaved(deps: BotDeps, facts: TurnFacts, action: CardAction): Promise<Outcome | undefined> {
  try {
    return await routeSurveyAction(deps, facts, action);
  } catch (error) {
    if (action.verb !== VERBS.answer) throw error;
    const code = (error as { code?: unknown }).code;
    // Ids and the error's code only: the error's message may quote a storage URL or row key.
    deps.logger.warn(
      { tenantId: facts.tenantId, code: typeof code === "string" ? code : undefined },
      "answer not saved: storage failed",
    );
    const retry = { verb: VERBS.answer, data: answerRetryData(action.data) };
    return { card: errorCard({ reason: "notSaved", retry }, facts.locale), label: "notSaved" };
  }
}

/** Verbs go into logs; a tampered one is reduced to a marker so logs never carry arbitrary client text. */
function safeVerb(verb: string): string {
  return Object.values(VERBS).includes(verb as never) ? verb : "(unknown)";
}
