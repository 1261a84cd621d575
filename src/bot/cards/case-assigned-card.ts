import type { Locale } from "../../domain/locale.js";
import { t } from "../../i18n/translate.js";
import type { CaseAssignedView, RenderedCard } from "../../use-cases/card-renderers.js";
import { adaptiveCard, heading, openUrlAction, paragraph, type Element } from "./card-kit.js";
import { myStudentsLink } from "./deep-link.js";
import { calendarDay } from "./format.js";

/** Tells a case owner what they now own, with the plan's steps; the preview names no student. */
export function caseAssignedCard(view: CaseAssignedView, locale: Locale, teamsAppId: string): RenderedCard {
  const text = view.actionCard.text[locale];
  const summary = t(locale, "card.case.preview");
  const body: Element[] = [
    heading(t(locale, "card.case.title")),
    paragraph(t(locale, "card.case.body", { card: text.title, student: view.studentName, class: view.className })),
    paragraph(t(locale, "card.assigned.due", { date: calendarDay(view.dueDate, locale) }), { bold: true }),
    paragraph(text.summary, { subtle: true }),
    { ...paragraph(t(locale, "card.case.steps"), { bold: true }), spacing: "Medium" },
    ...text.steps.map((step, i) => ({ ...paragraph(`${i + 1}. ${step}`), spacing: "Small" })),
    paragraph(t(locale, "card.case.footer"), { subtle: true, small: true }),
  ];
  const actions = [openUrlAction(t(locale, "card.alert.open"), myStudentsLink(teamsAppId, view.studentId))];
  return { card: adaptiveCard(body, actions, summary), summary };
}
