import { closedCard } from "../../src/bot/cards/closed-card.js";
import { errorCard } from "../../src/bot/cards/error-card.js";
import { surveyCard } from "../../src/bot/cards/survey-card.js";
import { thankYouCard } from "../../src/bot/cards/thank-you-card.js";
import type { Locale } from "../../src/domain/locale.js";
import { DEFAULT_QUESTION_SETS } from "../../src/domain/survey/question-sets.js";
import { questionsForRound } from "../../src/domain/survey/rotation.js";
import type { CardPayload } from "../../src/ports/messaging.js";
import { ROUND } from "../unit/bot/card-fixtures.js";

const TZ = "Europe/Copenhagen";
const APP_ID = "11111111-2222-4333-8444-555555555555";
/** A fortnightly round that includes a yes/no item, so both kinds of question are rendered. */
const MIXED_ROUND = { ...ROUND, questions: questionsForRound(DEFAULT_QUESTION_SETS[1]!, "fortnightly-5:2026-W48") };
const ANSWER = {
  ...ROUND,
  studentId: "s1",
  values: { "mood-week": 4, "belonging-class": 3, "energy-week": 4 },
  answeredAt: ROUND.opensAt,
};
/** A note a tampered or playful client might send: it must show as text, never as markup or a link. */
export const HOSTILE_NOTE = "**bold** [click](https://evil.example) <b>x</b>";

/** Every kind of card a student can see, with synthetic data; the gallery the screenshot test renders. */
export function studentCards(locale: Locale): Record<string, CardPayload> {
  return {
    survey: surveyCard({ round: ROUND, className: "GF1 A", timeZone: TZ }, locale).card,
    surveyMixed: surveyCard({ round: MIXED_ROUND, className: "GF1 A", timeZone: TZ }, locale).card,
    surveyChannel: surveyCard({ round: ROUND, className: "GF1 A", timeZone: TZ, audience: ["29:a", "29:b"] }, locale)
      .card,
    surveyChannelLarge: surveyCard(
      { round: ROUND, className: "GF1 A", timeZone: TZ, audience: Array.from({ length: 61 }, (_, i) => `29:${i}`) },
      locale,
    ).card,
    reminder: surveyCard({ round: ROUND, className: "GF1 A", timeZone: TZ, reminder: true }, locale).card,
    help: surveyCard(
      {
        round: ROUND,
        className: "GF1 A",
        timeZone: TZ,
        previous: { values: { "mood-week": 2 }, help: { target: "counsellor", note: "Could we talk this week?" } },
      },
      locale,
    ).card,
    thankYou: thankYouCard({ round: ROUND, answer: ANSWER, timeZone: TZ, canChange: true, teamsAppId: APP_ID }, locale),
    thankYouHelp: thankYouCard(
      {
        round: ROUND,
        answer: { ...ANSWER, help: { target: "mentor", note: HOSTILE_NOTE } },
        timeZone: TZ,
        canChange: true,
        teamsAppId: APP_ID,
      },
      locale,
    ),
    closed: closedCard({ round: ROUND, timeZone: TZ, teamsAppId: APP_ID }, locale),
    error: errorCard({ reason: "valueOffScale", backToRound: { roundId: "r", classId: "c" } }, locale),
    errorNote: errorCard({ reason: "noteNotPlainText", backToRound: { roundId: "r", classId: "c" } }, locale),
    errorClosed: errorCard({ reason: "roundClosed" }, locale),
  };
}

/** The few screenshots kept in the repo (docs/cards/, used by the README): four kinds in two locales. */
export const COMMITTED_SHOTS: ReadonlyArray<{ kind: string; locale: Locale }> = [
  { kind: "survey", locale: "da" },
  { kind: "survey", locale: "en" },
  { kind: "help", locale: "sv" },
  { kind: "help", locale: "en" },
  { kind: "thankYou", locale: "fi" },
  { kind: "thankYou", locale: "en" },
  { kind: "error", locale: "da" },
  { kind: "error", locale: "en" },
];

/**
 * A small Teams-like host config (Teams' own is not published as a package; adaptivecards-designer is not
 * installed): Segoe UI, Teams' purple accent, compact spacing, 5 actions in a row.
 */
export const TEAMS_LIKE_HOST_CONFIG = {
  fontFamily: "'Segoe UI', system-ui, sans-serif",
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: "#E1DFDD" },
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 200, default: 400, bolder: 600 },
  containerStyles: {
    default: {
      backgroundColor: "#FFFFFF",
      foregroundColors: {
        default: { default: "#242424", subtle: "#616161" },
        accent: { default: "#6264A7", subtle: "#8B8CC7" },
        attention: { default: "#C4314B", subtle: "#C4314BB0" },
        good: { default: "#237B4B", subtle: "#237B4BB0" },
        warning: { default: "#835C00", subtle: "#835C00B0" },
      },
    },
    emphasis: { backgroundColor: "#F5F5F5", foregroundColors: { default: { default: "#242424", subtle: "#616161" } } },
  },
  actions: {
    maxActions: 5,
    spacing: "default",
    buttonSpacing: 8,
    showCard: { actionMode: "inline", inlineTopMargin: 16 },
    actionsOrientation: "horizontal",
    actionAlignment: "left",
  },
  inputs: { label: { inputSpacing: "small", requiredInputs: { weight: "bolder" }, optionalInputs: {} } },
};
