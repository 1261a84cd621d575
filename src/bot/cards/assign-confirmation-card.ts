import type { ActionCard } from "../../domain/action-cards/action-card.js";
import type { Locale } from "../../domain/locale.js";
import { t } from "../../i18n/translate.js";
import type { CardPayload } from "../../ports/messaging.js";
import { adaptiveCard, heading, openUrlAction, paragraph } from "./card-kit.js";
import { myStudentsLink } from "./deep-link.js";
import { calendarDay } from "./format.js";

export interface AssignConfirmationView {
  studentId: string;
  studentName: string;
  actionCard: ActionCard;
  dueDate: string;
}

/** Replaces the mentor's alert card after "assign suggested card": the case exists and its owner was told. */
export function assignConfirmationCard(view: AssignConfirmationView, locale: Locale, teamsAppId: string): CardPayload {
  const title = view.actionCard.text[locale].title;
  return adaptiveCard(
    [
      heading(t(locale, "card.assigned.title")),
      paragraph(t(locale, "card.assigned.body", { card: title, student: view.studentName })),
      paragraph(t(locale, "card.assigned.due", { date: calendarDay(view.dueDate, locale) }), { bold: true }),
      paragraph(t(locale, "card.assigned.ownerNotified"), { subtle: true, small: true }),
    ],
    [openUrlAction(t(locale, "card.alert.open"), myStudentsLink(teamsAppId, view.studentId))],
    t(locale, "card.assigned.title"),
  );
}
