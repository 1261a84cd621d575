import type { ActionCard } from "../../domain/action-cards/action-card.js";
import type { Locale } from "../../domain/locale.js";
import { t } from "../../i18n/translate.js";
import { executeAction, type Element } from "./card-kit.js";
import { VERBS } from "./verbs.js";

/** Snooze lengths offered on a card; the API accepts any 1-60 days (see snooze-student.ts). */
export const SNOOZE_CHOICES = [3, 7, 14] as const;

/** Input ids: Action.Execute merges input values into the action's data under these names. */
export const INPUT_IDS = { card: "cardId", snoozeDays: "snoozeDays" } as const;

/** "Pick another card": a compact ChoiceSet of the school's cards, suggestion first, and its assign button. */
export function chooseCardParts(
  locale: Locale,
  ids: { studentId: string; flagId: string },
  cards: readonly ActionCard[],
): { inputs: Element[]; action: Element } | undefined {
  if (cards.length < 2) return undefined;
  const choiceSet: Element = {
    type: "Input.ChoiceSet",
    id: INPUT_IDS.card,
    label: t(locale, "card.alert.pickCard"),
    style: "compact",
    value: cards[0]!.cardId,
    choices: cards.map((c) => ({ title: c.text[locale].title, value: c.cardId })),
  };
  // Same verb as "assign suggested": the chosen cardId arrives in the data, merged from the input.
  return {
    inputs: [choiceSet],
    action: executeAction(t(locale, "card.alert.assignChosen"), VERBS.assignSuggested, ids),
  };
}

/** Acknowledge and snooze: the two things a mentor can do from any flag card without opening the tab. */
export function acknowledgeAndSnooze(
  locale: Locale,
  ids: { studentId: string; flagId: string },
): { inputs: Element[]; actions: Element[] } {
  const choiceSet: Element = {
    type: "Input.ChoiceSet",
    id: INPUT_IDS.snoozeDays,
    label: t(locale, "card.alert.snoozeFor"),
    style: "compact",
    value: String(SNOOZE_CHOICES[1]),
    choices: SNOOZE_CHOICES.map((d) => ({ title: t(locale, "card.alert.days", { count: d }), value: String(d) })),
  };
  return {
    inputs: [choiceSet],
    actions: [
      executeAction(t(locale, "card.alert.acknowledge"), VERBS.acknowledge, ids),
      executeAction(t(locale, "card.alert.snooze"), VERBS.snooze, ids),
    ],
  };
}
