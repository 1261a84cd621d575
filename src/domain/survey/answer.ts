/** Who a student asks to talk to. */
export const HELP_TARGETS = ["mentor", "counsellor", "studyGuidance", "anyone"] as const;
export type HelpTarget = (typeof HELP_TARGETS)[number];

/** Limit on a help note: long enough for a sentence or two, short enough for a card (issue 3). */
export const HELP_NOTE_MAX_LENGTH = 500;

export interface HelpRequest {
  target: HelpTarget;
  note?: string;
}

/** One per student per round; a later change within the window replaces it (DESIGN §3). */
export interface Answer {
  tenantId: string;
  classId: string;
  roundId: string;
  studentId: string;
  /** Raw values on each question's own scale, by question id. */
  values: Readonly<Record<string, number>>;
  help?: HelpRequest;
  answeredAt: string;
}
