import type { Locale } from "../../domain/locale.js";
import type { Round } from "../../domain/survey/round.js";
import { t } from "../../i18n/translate.js";
import type { CardPayload } from "../../ports/messaging.js";
import { adaptiveCard, heading, openUrlAction, paragraph, type Element } from "./card-kit.js";
import { myWellbeingLink } from "./deep-link.js";
import { dateAndTime } from "./format.js";

export interface ClosedView {
  round: Round;
  timeZone: string;
  teamsAppId?: string;
}

/** What a student who did not answer sees once a round has closed: no form, no one else's answers. */
export function closedCard(view: ClosedView, locale: Locale): CardPayload {
  const { date, time } = dateAndTime(view.round.closesAt, locale, view.timeZone);
  const body: Element[] = [
    heading(t(locale, "card.closed.title")),
    paragraph(t(locale, "card.closed.body", { date, time })),
  ];
  const actions = view.teamsAppId
    ? [openUrlAction(t(locale, "card.thanks.myWellbeing"), myWellbeingLink(view.teamsAppId))]
    : [];
  return adaptiveCard(body, actions, t(locale, "card.closed.title"));
}
