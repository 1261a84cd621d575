import type { Locale } from "../../domain/locale.js";
import { explainReason } from "../../i18n/explain-flag.js";
import { t } from "../../i18n/translate.js";
import type { MentorAlertView, RenderedCard } from "../../use-cases/card-renderers.js";
import { adaptiveCard, executeAction, facts, heading, openUrlAction, paragraph, type Element } from "./card-kit.js";
import { myStudentsLink } from "./deep-link.js";
import { acknowledgeAndSnooze, chooseCardParts } from "./flag-card-parts.js";
import { VERBS } from "./verbs.js";

/**
 * The 1:1 card a mentor gets at once for a help request or a severity-3 flag. The preview (summary and fallback
 * text) names neither scores nor reasons, nor the student, because it shows on lock screens and in notification
 * banners (DESIGN §6); the reasons in words are inside the card, which only the mentor sees. From the card:
 * acknowledge, snooze, assign the suggested Action Card or pick another, open the student in the tab.
 */
export function mentorAlertCard(view: MentorAlertView, locale: Locale, teamsAppId: string): RenderedCard {
  const summary = t(locale, "card.alert.preview", { class: view.className });
  const ids = { studentId: view.studentId, flagId: view.flagId };
  const body: Element[] = [
    heading(t(locale, "card.alert.title", { student: view.studentName })),
    facts([
      [t(locale, "card.alert.student"), view.studentName],
      [t(locale, "card.alert.class"), view.className],
      [t(locale, "card.alert.urgency"), t(locale, `severity.${view.severity}`)],
    ]),
    { ...paragraph(t(locale, "card.alert.why"), { bold: true }), spacing: "Medium" },
    ...view.reasons.map((reason) => ({ ...paragraph(`• ${explainReason(reason, locale)}`), spacing: "Small" })),
  ];
  const actions: Element[] = [];
  if (view.suggestedCard) {
    body.push(
      paragraph(t(locale, "card.alert.suggested", { card: view.suggestedCard.text[locale].title }), { subtle: true }),
    );
    actions.push(
      executeAction(t(locale, "card.alert.assign"), VERBS.assignSuggested, {
        ...ids,
        cardId: view.suggestedCard.cardId,
      }),
    );
  }
  const choose = chooseCardParts(locale, ids, view.otherCards ?? []);
  if (choose) {
    body.push(...choose.inputs);
    actions.push(choose.action);
  }
  const quick = acknowledgeAndSnooze(locale, ids);
  body.push(...quick.inputs);
  actions.push(
    ...quick.actions,
    openUrlAction(t(locale, "card.alert.open"), myStudentsLink(teamsAppId, view.studentId)),
  );
  body.push(paragraph(t(locale, "card.alert.footer"), { subtle: true, small: true }));
  return { card: adaptiveCard(body, actions, summary), summary };
}
