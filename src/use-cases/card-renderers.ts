import type { ActionCard } from "../domain/action-cards/action-card.js";
import type { Locale } from "../domain/locale.js";
import type { ClassClimateSignal } from "../domain/scoring/evaluate-class-climate.js";
import type { FlagReason, Severity } from "../domain/scoring/flag.js";
import type { HelpRequest } from "../domain/survey/answer.js";
import type { Round } from "../domain/survey/round.js";
import type { CardPayload } from "../ports/messaging.js";

/** A card ready to send, with the notification preview text Teams shows outside the chat. */
export interface RenderedCard {
  card: CardPayload;
  /** Shown in notifications and lock screens: never scores, reasons or notes (DESIGN §6). */
  summary: string;
}

export interface SurveyView {
  round: Round;
  className: string;
  /** The class's IANA time zone, for "open until". */
  timeZone: string;
  /** The student's current answer, when they come back to change it. */
  previous?: { values: Readonly<Record<string, number>>; help?: HelpRequest };
  /**
   * Channel posts: the Teams user ids (29:...) of the class's students. Each of them then sees their own state
   * through a user-specific refresh; above Teams' limit of 60 the card points to the 1:1 chat instead.
   */
  audience?: readonly string[];
  /** True for the one reminder sent before the round closes. */
  reminder?: boolean;
  /** 1:1 sends: the fingerprint of the chat reference it goes to, echoed back in the answer (chat-fingerprint.ts). */
  chat?: string;
}

export interface MentorAlertView {
  studentId: string;
  studentName: string;
  className: string;
  flagId: string;
  severity: Severity;
  reasons: readonly FlagReason[];
  suggestedCard?: ActionCard;
  /** The school's Action Cards, suggestion first, for "pick another" on the card. */
  otherCards?: readonly ActionCard[];
}

/** One mentor's daily digest: the students newly flagged since the last one. */
export interface DigestView {
  items: ReadonlyArray<{
    studentId: string;
    studentName: string;
    className: string;
    flagId: string;
    severity: Severity;
    reasons: readonly FlagReason[];
  }>;
}

/** A class climate flag for one of the class's teachers: aggregates only. */
export interface ClassClimateView {
  className: string;
  signals: readonly ClassClimateSignal[];
}

export interface CaseAssignedView {
  studentId: string;
  studentName: string;
  className: string;
  caseId: string;
  actionCard: ActionCard;
  /** YYYY-MM-DD. */
  dueDate: string;
}

/**
 * How use cases get card JSON without knowing card layouts: the bot layer implements this (src/bot/cards), so
 * use cases stay free of presentation and of the Teams SDK (DESIGN §2).
 */
export interface CardRenderers {
  survey(view: SurveyView, locale: Locale): RenderedCard;
  mentorAlert(view: MentorAlertView, locale: Locale): RenderedCard;
  caseAssigned(view: CaseAssignedView, locale: Locale): RenderedCard;
  digest(view: DigestView, locale: Locale): RenderedCard;
  /** A class climate flag for a teacher of the class; names no student. */
  classClimate(view: ClassClimateView, locale: Locale): RenderedCard;
  /** Tells a student their help request was seen by a mentor; names nobody and nothing they answered. */
  helpSeen(locale: Locale): RenderedCard;
}
