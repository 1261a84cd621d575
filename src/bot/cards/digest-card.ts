import type { Locale } from "../../domain/locale.js";
import { explainReason } from "../../i18n/explain-flag.js";
import { t } from "../../i18n/translate.js";
import type { DigestView, RenderedCard } from "../../use-cases/card-renderers.js";
import { adaptiveCard, executeAction, heading, openUrlAction, paragraph, type Element } from "./card-kit.js";
import { myStudentsLink } from "./deep-link.js";
import { VERBS } from "./verbs.js";

/**
 * Cards stay under 25 KB (DESIGN §5); ten students with their reasons stay well below it. More than that in one
 * day is rare for 25 students, and the rest are one click away in the tab.
 */
export const DIGEST_MAX_ITEMS = 10;

/**
 * A mentor's daily digest: the students newly flagged since the last one, each with reasons in words and a way to
 * acknowledge or open them. The preview carries only a count of students, never names, scores or reasons.
 */
export function digestCard(view: DigestView, locale: Locale, teamsAppId: string): RenderedCard {
  const summary = t(locale, "card.digest.preview", { count: view.items.length });
  const shown = view.items.slice(0, DIGEST_MAX_ITEMS);
  const body: Element[] = [heading(t(locale, "card.digest.title", { count: view.items.length }))];
  for (const item of shown) {
    const ids = { studentId: item.studentId, flagId: item.flagId };
    body.push({
      type: "Container",
      separator: true,
      spacing: "Medium",
      items: [
        paragraph(`${item.studentName} · ${item.className} · ${t(locale, `severity.${item.severity}`)}`, {
          bold: true,
        }),
        ...item.reasons.map((r) => ({ ...paragraph(`• ${explainReason(r, locale)}`), spacing: "None" })),
        {
          type: "ActionSet",
          actions: [
            executeAction(t(locale, "card.alert.acknowledge"), VERBS.acknowledge, ids),
            executeAction(t(locale, "card.digest.snoozeWeek"), VERBS.snooze, { ...ids, snoozeDays: "7" }),
            openUrlAction(t(locale, "card.alert.open"), myStudentsLink(teamsAppId, item.studentId)),
          ],
        },
      ],
    });
  }
  if (view.items.length > shown.length) {
    body.push(paragraph(t(locale, "card.digest.more", { count: view.items.length - shown.length }), { subtle: true }));
  }
  body.push(paragraph(t(locale, "card.digest.footer"), { subtle: true, small: true }));
  return { card: adaptiveCard(body, [], summary), summary };
}

/** The 1:1 message a student gets once a mentor has seen their help request: nothing else, no names. */
export function helpSeenCard(locale: Locale): RenderedCard {
  const summary = t(locale, "card.helpSeen.preview");
  const body = [heading(t(locale, "card.helpSeen.title")), paragraph(t(locale, "card.helpSeen.body"))];
  return { card: adaptiveCard(body, [], summary), summary };
}
