import type { Locale } from "../../domain/locale.js";
import { t } from "../../i18n/translate.js";
import type { CardPayload } from "../../ports/messaging.js";
import { adaptiveCard, heading, openUrlAction, paragraph } from "./card-kit.js";
import { myStudentsLink } from "./deep-link.js";

export type FlagActionDone = "acknowledged" | "snoozed" | "noOpenFlag";

/** What replaces an alert or digest card for the mentor after acknowledging or snoozing from it. */
export function flagActionCard(
  view: { done: FlagActionDone; studentId: string; days?: number },
  locale: Locale,
  teamsAppId: string,
): CardPayload {
  const text = t(locale, `card.flagDone.${view.done}`, { days: view.days ?? 0 });
  const open = openUrlAction(t(locale, "card.alert.open"), myStudentsLink(teamsAppId, view.studentId));
  return adaptiveCard([heading(t(locale, "card.flagDone.title")), paragraph(text)], [open], text);
}
