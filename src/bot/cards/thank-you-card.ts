import type { Locale } from "../../domain/locale.js";
import type { Answer } from "../../domain/survey/answer.js";
import type { Round } from "../../domain/survey/round.js";
import { t } from "../../i18n/translate.js";
import type { CardPayload } from "../../ports/messaging.js";
import { adaptiveCard, executeAction, heading, paragraph, type Element } from "./card-kit.js";
import { dateAndTime } from "./format.js";
import { scaleLabel } from "./scale-labels.js";
import { VERBS } from "./verbs.js";

export interface ThankYouView {
  round: Round;
  answer: Answer;
  timeZone: string;
  /** True while the round is open: the student may still change their answers. */
  canChange: boolean;
}

/**
 * The user-specific card a student sees after answering (the invoke response replaces the card for them only):
 * their own answers in words, and a way back to change them while the round is open.
 */
export function thankYouCard(view: ThankYouView, locale: Locale): CardPayload {
  const { round, answer } = view;
  const answers: Element[] = round.questions.flatMap((question) => {
    const raw = answer.values[question.id];
    return [
      paragraph(question.text[locale], { subtle: true, small: true }),
      {
        ...paragraph(raw === undefined ? t(locale, "card.thanks.noAnswer") : scaleLabel(question, raw, locale), {
          bold: true,
        }),
        spacing: "None",
      },
    ];
  });
  const body: Element[] = [
    heading(t(locale, "card.thanks.title")),
    paragraph(t(locale, "card.thanks.saved")),
    ...answers,
  ];
  if (answer.help) {
    const target = t(locale, `card.helpChoice.${answer.help.target}`);
    body.push({ ...paragraph(t(locale, "card.thanks.help", { target })), separator: true });
  }
  const actions: Element[] = [];
  if (view.canChange) {
    const { date, time } = dateAndTime(round.closesAt, locale, view.timeZone);
    body.push(paragraph(t(locale, "card.thanks.changeUntil", { date, time }), { subtle: true, small: true }));
    actions.push(
      executeAction(t(locale, "card.thanks.change"), VERBS.change, { roundId: round.roundId, classId: round.classId }),
    );
  }
  return adaptiveCard(body, actions, t(locale, "card.thanks.title"));
}
