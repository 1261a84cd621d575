import type { Locale } from "../../domain/locale.js";
import type { Answer } from "../../domain/survey/answer.js";
import { normalisedValue } from "../../domain/survey/question.js";
import type { Round } from "../../domain/survey/round.js";
import { t } from "../../i18n/translate.js";
import type { CardPayload } from "../../ports/messaging.js";
import {
  adaptiveCard,
  executeAction,
  heading,
  openUrlAction,
  paragraph,
  plainText,
  refreshDefinition,
} from "./card-kit.js";
import type { Element } from "./card-kit.js";
import { myWellbeingLink } from "./deep-link.js";
import { dateAndTime } from "./format.js";
import { scaleLabel } from "./scale-labels.js";
import { VERBS } from "./verbs.js";

/** DESIGN §3: a 5-point answer <= 2 (after normalising) counts as low; the kind message then acknowledges it. */
const LOW = 2;

export interface ThankYouView {
  round: Round;
  answer: Answer;
  /** The reader's time zone (from their Teams client), else the class's. */
  timeZone: string;
  /** True while the round is open: the student may still change their answers. */
  canChange: boolean;
  /** For the "My wellbeing" deep link; without it the link is left out. */
  teamsAppId?: string;
  /** The reader's Teams user id: in a channel, the card keeps refreshing to their own view. */
  refreshFor?: string;
}

/**
 * The user-specific card a student sees after answering (the invoke response replaces the card for them only):
 * a short kind message, their own answers in words, a way back to change them while the round is open, and a
 * link to their own trend. Their note is echoed as escaped plain text, never as markup.
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
    paragraph(`${t(locale, "card.thanks.saved")} ${kindMessage(view, locale)}`),
    ...answers,
  ];
  if (answer.help) {
    const target = t(locale, `card.helpChoice.${answer.help.target}`);
    body.push({ ...paragraph(t(locale, "card.thanks.help", { target })), separator: true });
    if (answer.help.note) {
      body.push(paragraph(t(locale, "card.thanks.yourNote"), { subtle: true, small: true }));
      body.push({ ...paragraph(plainText(answer.help.note)), spacing: "None" });
    }
  }
  const actions: Element[] = [];
  const ref = { roundId: round.roundId, classId: round.classId };
  if (view.canChange) {
    const { date, time } = dateAndTime(round.closesAt, locale, view.timeZone);
    body.push(paragraph(t(locale, "card.thanks.changeUntil", { date, time }), { subtle: true, small: true }));
    actions.push(executeAction(t(locale, "card.thanks.change"), VERBS.change, ref));
  } else {
    body.push(paragraph(t(locale, "card.thanks.closed"), { subtle: true, small: true }));
  }
  if (view.teamsAppId)
    actions.push(openUrlAction(t(locale, "card.thanks.myWellbeing"), myWellbeingLink(view.teamsAppId)));
  const refresh =
    view.refreshFor && view.canChange ? refreshDefinition(VERBS.refresh, ref, [view.refreshFor]) : undefined;
  return adaptiveCard(body, actions, t(locale, "card.thanks.title"), refresh);
}

/** Kind words that fit the answer: a help request is acknowledged first, then a hard week, else a light thanks. */
function kindMessage(view: ThankYouView, locale: Locale): string {
  if (view.answer.help) return t(locale, "card.thanks.kindHelp");
  const low = view.round.questions.some((q) => {
    const raw = view.answer.values[q.id];
    return q.kind === "scale5" && raw !== undefined && normalisedValue(q, raw) <= LOW;
  });
  return t(locale, low ? "card.thanks.kindHard" : "card.thanks.kindGood");
}
