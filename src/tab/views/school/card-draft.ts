import type { ActionCardsResponse, SaveActionCardBody } from "../../../http/api/schemas/action-cards.js";

export const LANGUAGES = ["da", "sv", "fi", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The editor's form state: steps as one text per language (one step a line). */
export interface CardDraft {
  cardId: string;
  ownerRole: SaveActionCardBody["ownerRole"];
  dueInDays: string;
  followUpInDays: string;
  answers: SaveActionCardBody["answers"];
  text: Record<Language, { title: string; summary: string; steps: string }>;
}

export const EMPTY_DRAFT: CardDraft = {
  cardId: "",
  ownerRole: "mentor",
  dueInDays: "7",
  followUpInDays: "21",
  answers: ["lowScore"],
  text: {
    da: { title: "", summary: "", steps: "" },
    sv: { title: "", summary: "", steps: "" },
    fi: { title: "", summary: "", steps: "" },
    en: { title: "", summary: "", steps: "" },
  },
};

/** One card's four languages, read from the library as each language lists it. */
export function draftOf(cardId: string, libraries: Record<Language, ActionCardsResponse>): CardDraft {
  const text = { ...EMPTY_DRAFT.text };
  let base: ActionCardsResponse["cards"][number] | undefined;
  for (const language of LANGUAGES) {
    const card = libraries[language].cards.find((c) => c.cardId === cardId);
    if (!card) continue;
    base = card;
    text[language] = { title: card.title, summary: card.summary, steps: card.steps.join("\n") };
  }
  if (!base) return EMPTY_DRAFT;
  return {
    cardId,
    ownerRole: base.ownerRole,
    dueInDays: String(base.dueInDays),
    followUpInDays: String(base.followUpInDays),
    answers: base.answers,
    text,
  };
}

/** The API body; the server validates every limit again and answers 400 with the field that failed. */
export function bodyOf(draft: CardDraft): SaveActionCardBody {
  const text = (l: Language) => ({
    title: draft.text[l].title,
    summary: draft.text[l].summary,
    steps: draft.text[l].steps
      .split("\n")
      .map((s) => s.trim())
      .filter((s) => s !== ""),
  });
  return {
    cardId: draft.cardId.trim(),
    ownerRole: draft.ownerRole,
    dueInDays: Number(draft.dueInDays),
    followUpInDays: Number(draft.followUpInDays),
    answers: draft.answers,
    text: { da: text("da"), sv: text("sv"), fi: text("fi"), en: text("en") },
  };
}
