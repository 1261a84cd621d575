import type { CardPayload } from "../../ports/messaging.js";

/**
 * Small builders for the Adaptive Card subset that renders on Teams desktop, web and mobile: TextBlock, Container,
 * FactSet, inputs and actions (teams-platform.md §3.1). Cards declare 1.5 because Action.Execute needs it.
 */
export type Element = Record<string, unknown>;

export const CARD_VERSION = "1.5";

export function adaptiveCard(
  body: Element[],
  actions: Element[] = [],
  fallbackText?: string,
  refresh?: Element,
): CardPayload {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: CARD_VERSION,
    ...(refresh ? { refresh } : {}),
    body,
    ...(actions.length ? { actions } : {}),
    ...(fallbackText ? { fallbackText } : {}),
  };
}

export function heading(text: string): Element {
  return { type: "TextBlock", text, weight: "Bolder", size: "Medium", wrap: true, style: "heading" };
}

export function paragraph(text: string, options: { subtle?: boolean; small?: boolean; bold?: boolean } = {}): Element {
  return {
    type: "TextBlock",
    text,
    wrap: true,
    ...(options.subtle ? { isSubtle: true } : {}),
    ...(options.small ? { size: "Small" } : {}),
    ...(options.bold ? { weight: "Bolder" } : {}),
  };
}

export function facts(rows: Array<[string, string]>): Element {
  return { type: "FactSet", facts: rows.map(([title, value]) => ({ title, value })) };
}

/**
 * Action.Execute with an Action.Submit fallback for clients without Universal Actions (teams-platform.md §3.1).
 * The verb also travels in `data`, so the Submit fallback (a message with `value`) can be routed the same way.
 */
export function executeAction(title: string, verb: string, data: Record<string, string>): Element {
  const payload = { ...data, verb };
  return {
    type: "Action.Execute",
    title,
    verb,
    data: payload,
    fallback: { type: "Action.Submit", title, data: payload },
  };
}

export function openUrlAction(title: string, url: string): Element {
  return { type: "Action.OpenUrl", title, url };
}

/**
 * Teams re-renders a card with `refresh` for each listed user through an `adaptiveCard/action` invoke, so each
 * sees their own view (user-specific views). Teams refreshes automatically for at most 60 userIds
 * (learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/
 * user-specific-views); callers pass at most REFRESH_USER_LIMIT.
 */
export const REFRESH_USER_LIMIT = 60;

export function refreshDefinition(verb: string, data: Record<string, string>, userIds: readonly string[]): Element {
  return {
    action: { type: "Action.Execute", title: "Refresh", verb, data: { ...data, verb } },
    userIds: userIds.slice(0, REFRESH_USER_LIMIT),
  };
}

/**
 * Text a user wrote, made safe for a TextBlock: Adaptive Cards render a markdown subset there (emphasis, links,
 * lists), so the characters that start those are backslash-escaped, and a user's text never becomes a link,
 * emphasis or list. HTML is never rendered by Adaptive Cards; `<` is escaped anyway for autolinks.
 */
export function plainText(text: string): string {
  return text
    .replace(/[\\`*_[\]()<>#~|]/g, (c) => `\\${c}`)
    .replace(
      /^(\s*)([-+]|\d+\.)(?=\s)/gm,
      (_m, space: string, marker: string) => `${space}${marker.replace(/[-+.]/, (c) => `\\${c}`)}`,
    );
}
