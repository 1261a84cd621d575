/**
 * Action.Execute verbs: the contract between the cards we send and the bot's router. Changing one breaks every card
 * already sitting in a chat, so add new verbs rather than renaming.
 */
export const VERBS = {
  /** A student sends (or re-sends) their survey answers. */
  answer: "survey.answer",
  /** A student asks for the survey again, prefilled, to change their answers. */
  change: "survey.change",
  /** Teams asks for one user's own view of a channel survey (user-specific refresh): answered, not yet, closed. */
  refresh: "survey.refresh",
  /** A mentor assigns the suggested Action Card from the alert card. */
  assignSuggested: "flag.assignSuggested",
  /** A mentor acknowledges a flag from the alert or digest card ("I have seen this"). */
  acknowledge: "flag.acknowledge",
  /** A mentor snoozes news about one student for the chosen number of days. */
  snooze: "flag.snooze",
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];

export const KNOWN_VERBS: ReadonlySet<string> = new Set(Object.values(VERBS));

/** Prefix of survey answer input ids: `q.<questionId>`. */
export const QUESTION_INPUT_PREFIX = "q.";
