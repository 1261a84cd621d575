import type { Localized } from "../locale.js";
import type { MentorRole } from "../school/school.js";
import type { FlagReasonKind } from "../scoring/flag.js";

export interface ActionCardText {
  title: string;
  summary: string;
  /** 3-6 concrete steps. */
  steps: string[];
}

/** A ready intervention plan for one kind of trouble (DESIGN §3). */
export interface ActionCard {
  cardId: string;
  /** The trouble it answers; used to suggest it for a flag. */
  answers: FlagReasonKind[];
  /** Dimensions it suits best, to choose between cards answering the same reason. */
  dimensions: string[];
  ownerRole: MentorRole;
  dueInDays: number;
  followUpInDays: number;
  text: Localized<ActionCardText>;
  builtIn: boolean;
}
