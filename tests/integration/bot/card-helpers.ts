import type { RecordedCall } from "../../support/fake-bot-connector.js";

type Json = Record<string, unknown>;

/** The Adaptive Card inside a sent activity (its first attachment). */
export function cardIn(activity: unknown): Json | undefined {
  const attachments = (activity as { attachments?: Array<{ contentType?: string; content?: Json }> }).attachments;
  const first = attachments?.[0];
  return first?.contentType === "application/vnd.microsoft.card.adaptive" ? first.content : undefined;
}

/** Every Action.Execute in a card, with its verb and data. */
export function executeActions(card: unknown): Array<{ verb: string; data: Json }> {
  const found: Array<{ verb: string; data: Json }> = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const record = node as Json;
    if (record.type === "Action.Execute") found.push({ verb: String(record.verb), data: record.data as Json });
    Object.values(record).forEach(visit);
  };
  visit(card);
  return found;
}

/** The card an adaptiveCard/action invoke response carries. */
export function invokeCard(body: unknown): Json {
  const response = body as { statusCode?: number; type?: string; value?: Json };
  if (response.statusCode !== 200 || response.type !== "application/vnd.microsoft.card.adaptive" || !response.value) {
    throw new Error(`not a card invoke response: ${JSON.stringify(body).slice(0, 200)}`);
  }
  return response.value;
}

/** The text a card shows, for assertions on what a user reads. */
export function cardText(card: unknown): string {
  return JSON.stringify(card);
}

/** Card sends (with a card attachment) recorded in one conversation. */
export function cardsSentTo(calls: readonly RecordedCall[], conversationId: string): Json[] {
  return calls
    .filter(
      (c) => (c.route === "sendToConversation" || c.route === "replyToActivity") && c.conversationId === conversationId,
    )
    .map((c) => c.body as Json)
    .filter((body) => cardIn(body) !== undefined);
}

/** Survey answer data as the card sends it: the round ids plus `q.<id>` inputs and the help inputs. */
export function answerData(
  roundId: string,
  classId: string,
  values: Record<string, string>,
  help?: { target: string; note?: string },
): Json {
  const inputs = Object.fromEntries(Object.entries(values).map(([id, v]) => [`q.${id}`, v]));
  return {
    roundId,
    classId,
    verb: "survey.answer",
    ...inputs,
    help: help ? "true" : "false",
    helpTarget: help?.target ?? "mentor",
    helpNote: help?.note ?? "",
  };
}
