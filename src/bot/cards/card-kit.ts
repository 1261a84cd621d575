import type { CardPayload } from "../../ports/messaging.js";

/**
 * Small builders for the Adaptive Card subset that renders on Teams desktop, web and mobile: TextBlock, Container,
 * FactSet, inputs and actions (teams-platform.md §3.1). Cards declare 1.5 because Action.Execute needs it.
 */
export type Element = Record<string, unknown>;

export const CARD_VERSION = "1.5";

export function adaptiveCard(body: Element[], actions: Element[] = [], fallbackText?: string): CardPayload {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: CARD_VERSION,
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
