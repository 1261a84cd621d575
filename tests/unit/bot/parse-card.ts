import { AdaptiveCard, SerializationContext, Versions } from "adaptivecards";

/** Parses card JSON with the official renderer's object model and returns every parse and validation problem. */
export function cardProblems(json: unknown): string[] {
  const context = new SerializationContext();
  context.targetVersion = Versions.v1_5;
  const card = new AdaptiveCard();
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`parse: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  return problems;
}

/** Every action in a card (body ActionSets, card actions, and fallbacks), depth first. */
export function allActions(node: unknown): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== "object") return;
    const record = value as Record<string, unknown>;
    if (typeof record.type === "string" && record.type.startsWith("Action.")) found.push(record);
    Object.values(record).forEach(visit);
  };
  visit(node);
  return found;
}
