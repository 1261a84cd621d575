import { z } from "zod";

/** A card button press, from an Action.Execute invoke or its Action.Submit fallback. */
export interface CardAction {
  verb: string;
  data: Record<string, unknown>;
}

const record = z.record(z.string(), z.unknown());
const invokeValue = z.object({
  action: z.object({ type: z.string().optional(), verb: z.string().max(128).optional(), data: record.optional() }),
});

/** `value` of an `adaptiveCard/action` invoke: `{ action: { verb, data } }` (universal-action-model.md). */
export function fromInvokeValue(value: unknown): CardAction | undefined {
  const parsed = invokeValue.safeParse(value);
  if (!parsed.success) return undefined;
  const { verb, data } = parsed.data.action;
  return { verb: verb ?? "", data: data ?? {} };
}

/** `value` of an Action.Submit message: the card's data merged with its inputs; our cards put the verb in data. */
export function fromSubmitValue(value: unknown): CardAction | undefined {
  const parsed = record.safeParse(value);
  if (!parsed.success) return undefined;
  const verb = parsed.data.verb;
  return { verb: typeof verb === "string" ? verb : "", data: parsed.data };
}

/** Card data fields are strings we put there ourselves; anything else is a tampered or foreign card. */
export const idField = z.string().min(1).max(256);

/** The chat fingerprint a 1:1 survey card carries in its data (chat-fingerprint.ts), from either action kind. */
export function echoedChat(value: unknown): string | undefined {
  const chat = (fromInvokeValue(value) ?? fromSubmitValue(value))?.data.chat;
  return typeof chat === "string" ? chat : undefined;
}
