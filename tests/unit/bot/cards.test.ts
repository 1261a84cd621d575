import { describe, expect, it } from "vitest";
import { assignConfirmationCard } from "../../../src/bot/cards/assign-confirmation-card.js";
import { caseAssignedCard } from "../../../src/bot/cards/case-assigned-card.js";
import { errorCard } from "../../../src/bot/cards/error-card.js";
import { mentorAlertCard } from "../../../src/bot/cards/mentor-alert-card.js";
import { surveyCard } from "../../../src/bot/cards/survey-card.js";
import { thankYouCard } from "../../../src/bot/cards/thank-you-card.js";
import { KNOWN_VERBS, VERBS } from "../../../src/bot/cards/verbs.js";
import { LOCALES, type Locale } from "../../../src/domain/locale.js";
import type { CardPayload } from "../../../src/ports/messaging.js";
import { ACTION_CARD, REASONS, ROUND } from "./card-fixtures.js";
import { allActions, cardProblems } from "./parse-card.js";

/** Teams' own limit is larger (80-100 KB); 25 KB keeps every host, incl. Workflows, safe (teams-platform.md §3.2). */
const MAX_CARD_BYTES = 25 * 1024;
const APP_ID = "11111111-2222-4333-8444-555555555555";
const TZ = "Europe/Copenhagen";
const ANSWER = {
  ...ROUND,
  studentId: "s1",
  values: { "mood-week": 1, "belonging-class": 2 },
  answeredAt: ROUND.opensAt,
};

function everyCard(locale: Locale): Record<string, CardPayload> {
  return {
    survey: surveyCard({ round: ROUND, className: "GF1 A", timeZone: TZ }, locale).card,
    surveyPrefilled: surveyCard(
      {
        round: ROUND,
        className: "GF1 A",
        timeZone: TZ,
        previous: { values: { "mood-week": 2 }, help: { target: "counsellor", note: "hard week" } },
      },
      locale,
    ).card,
    thankYou: thankYouCard({ round: ROUND, answer: ANSWER, timeZone: TZ, canChange: true }, locale),
    thankYouHelp: thankYouCard(
      { round: ROUND, answer: { ...ANSWER, help: { target: "mentor" } }, timeZone: TZ, canChange: false },
      locale,
    ),
    error: errorCard({ reason: "valueOffScale", backToRound: { roundId: "r", classId: "c" } }, locale),
    errorPlain: errorCard({ reason: "unknownAction" }, locale),
    mentorAlert: mentorAlertCard(
      {
        studentId: "s1",
        studentName: "Freja Holm",
        className: "GF1 A",
        flagId: "f1",
        severity: 3,
        reasons: REASONS,
        suggestedCard: ACTION_CARD,
      },
      locale,
      APP_ID,
    ).card,
    caseAssigned: caseAssignedCard(
      {
        studentId: "s1",
        studentName: "Freja Holm",
        className: "GF1 A",
        caseId: "c1",
        actionCard: ACTION_CARD,
        dueDate: "2026-12-01",
      },
      locale,
      APP_ID,
    ).card,
    assignConfirmation: assignConfirmationCard(
      { studentId: "s1", studentName: "Freja Holm", actionCard: ACTION_CARD, dueDate: "2026-12-01" },
      locale,
      APP_ID,
    ),
  };
}

describe("cards", () => {
  for (const locale of LOCALES) {
    for (const [name, card] of Object.entries(everyCard(locale))) {
      it(`the ${name} card in ${locale} parses without problems, declares 1.5 and stays under 25 KB`, () => {
        expect(cardProblems(card)).toEqual([]);
        expect(card.version).toBe("1.5");
        expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(MAX_CARD_BYTES);
      });
    }
  }

  it("every Action.Execute has a known verb, the verb in its data, and an Action.Submit fallback", () => {
    for (const locale of LOCALES) {
      for (const card of Object.values(everyCard(locale))) {
        for (const action of allActions(card).filter((a) => a.type === "Action.Execute")) {
          expect(KNOWN_VERBS.has(String(action.verb))).toBe(true);
          expect((action.data as Record<string, unknown>).verb).toBe(action.verb);
          expect((action.fallback as Record<string, unknown>).type).toBe("Action.Submit");
        }
      }
    }
  });

  it("the survey asks three questions with a text label on every choice, and answers with survey.answer", () => {
    const { card } = surveyCard({ round: ROUND, className: "GF1 A", timeZone: TZ }, "da");
    const body = card.body as Array<Record<string, unknown>>;
    const choiceSets = body.filter((e) => e.type === "Input.ChoiceSet");
    expect(choiceSets).toHaveLength(3);
    for (const set of choiceSets) {
      expect(typeof set.label).toBe("string");
      for (const choice of set.choices as Array<{ title: string }>) expect(choice.title).toMatch(/\p{L}{2,}/u);
    }
    expect(JSON.stringify(card)).toContain("Rigtig dårlig");
    expect(allActions(card).map((a) => a.verb)).toContain(VERBS.answer);
  });

  it("the mentor alert's preview names no student, score or reason, while the card explains the reasons", () => {
    const rendered = mentorAlertCard(
      {
        studentId: "s1",
        studentName: "Freja Holm",
        className: "GF1 A",
        flagId: "f1",
        severity: 3,
        reasons: REASONS,
        suggestedCard: ACTION_CARD,
      },
      "en",
      APP_ID,
    );
    expect(rendered.summary).toBe("A student in GF1 A needs your attention");
    expect(rendered.card.fallbackText).toBe(rendered.summary);
    const json = JSON.stringify(rendered.card);
    expect(json).toContain("answered 1 of 5 on mood");
    expect(json).toContain("Freja Holm");
    const openUrl = allActions(rendered.card).find((a) => a.type === "Action.OpenUrl");
    expect(String(openUrl?.url)).toMatch(
      new RegExp(`^https://teams.microsoft.com/l/entity/${APP_ID}/my-students\\?context=`),
    );
    expect(decodeURIComponent(String(openUrl?.url).split("context=")[1] ?? "")).toBe('{"subEntityId":"s1"}');
    expect(allActions(rendered.card).map((a) => a.verb)).toContain(VERBS.assignSuggested);
  });

  it("the thank-you card shows the student's own answers and offers a change only while the round is open", () => {
    const open = JSON.stringify(thankYouCard({ round: ROUND, answer: ANSWER, timeZone: TZ, canChange: true }, "sv"));
    expect(open).toContain("Riktigt dålig");
    expect(open).toContain(VERBS.change);
    const closed = thankYouCard({ round: ROUND, answer: ANSWER, timeZone: TZ, canChange: false }, "sv");
    expect(allActions(closed)).toHaveLength(0);
  });
});

describe("the card checker itself", () => {
  it("reports an unknown element and a bad property value, so a clean result means something", () => {
    const broken = {
      type: "AdaptiveCard",
      version: "1.5",
      body: [
        { type: "TextBlok", text: "x" },
        { type: "TextBlock", text: "y", size: "gigantic" },
      ],
    };
    expect(cardProblems(broken).length).toBeGreaterThanOrEqual(2);
  });
});
