import type { FlagReason } from "../scoring/flag.js";
import type { ActionCard } from "./action-card.js";

const PRIORITY = ["helpRequest", "dropoutThoughts", "lowScore", "drop", "silence"] as const;

/**
 * Picks the card that best answers a flag: the most urgent reason first, then a card made for that reason's
 * dimension, then any card for that reason; the general wellbeing conversation is the fallback.
 */
export function suggestCard(reasons: readonly FlagReason[], library: readonly ActionCard[]): ActionCard | undefined {
  for (const kind of PRIORITY) {
    const matching = reasons.filter((r) => r.kind === kind);
    for (const reason of matching) {
      const byDimension = library.find(
        (c) => c.answers.includes(kind) && reason.dimension !== undefined && c.dimensions.includes(reason.dimension),
      );
      if (byDimension) return byDimension;
    }
    if (matching.length > 0) {
      const byKind = library.find((c) => c.answers.includes(kind) && c.dimensions.length === 0);
      if (byKind) return byKind;
    }
  }
  return library.find((c) => c.cardId === "general-wellbeing") ?? library[0];
}

/** Cards ordered for a picker: the suggestion first, then the rest in library order. */
export function cardsForFlag(reasons: readonly FlagReason[], library: readonly ActionCard[]): ActionCard[] {
  const first = suggestCard(reasons, library);
  return first ? [first, ...library.filter((c) => c.cardId !== first.cardId)] : [...library];
}
