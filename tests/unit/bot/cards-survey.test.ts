import { describe, expect, it } from "vitest";
import { plainText } from "../../../src/bot/cards/card-kit.js";
import { closedCard } from "../../../src/bot/cards/closed-card.js";
import { surveyCard } from "../../../src/bot/cards/survey-card.js";
import { thankYouCard } from "../../../src/bot/cards/thank-you-card.js";
import { VERBS } from "../../../src/bot/cards/verbs.js";
import { LOCALES } from "../../../src/domain/locale.js";
import { findQuestion } from "../../../src/domain/survey/items/index.js";
import { DEFAULT_QUESTION_SETS } from "../../../src/domain/survey/question-sets.js";
import { questionsForRound } from "../../../src/domain/survey/rotation.js";
import { ROUND } from "./card-fixtures.js";
import { allActions, cardProblems } from "./parse-card.js";

const TZ = "Europe/Copenhagen";
const APP_ID = "11111111-2222-4333-8444-555555555555";
const students = (n: number) => Array.from({ length: n }, (_, i) => `29:student-${i}`);
const yesNo = findQuestion("dropout-thought-of-leaving")!;
const YES_NO_ROUND = { ...ROUND, questions: [ROUND.questions[0]!, yesNo] };
const choiceSets = (card: Record<string, unknown>) =>
  (card.body as Array<Record<string, unknown>>).filter((e) => e.type === "Input.ChoiceSet");

describe("survey cards", () => {
  it("every question set's rounds render valid cards in every locale, yes/no items as two worded choices 1 and 5", () => {
    for (const set of DEFAULT_QUESTION_SETS) {
      for (let week = 1; week <= 8; week++) {
        const round = {
          ...ROUND,
          roundId: `s:2026-W${String(week).padStart(2, "0")}`,
          questions: questionsForRound(set, `s:2026-W0${week}`),
        };
        for (const locale of LOCALES) {
          const { card } = surveyCard({ round, className: "GF1 A", timeZone: TZ }, locale);
          expect(cardProblems(card)).toEqual([]);
        }
      }
    }
    const { card } = surveyCard({ round: YES_NO_ROUND, className: "GF1 A", timeZone: TZ }, "en");
    const [, yesNoSet] = choiceSets(card);
    expect(yesNoSet?.choices).toEqual([
      { title: "No", value: "1" },
      { title: "Yes, it has crossed my mind", value: "5" },
    ]);
  });

  it("a 5-point choice reads as an emoji followed by words, so a screen reader never reads only an emoji", () => {
    const [mood] = choiceSets(surveyCard({ round: ROUND, className: "GF1 A", timeZone: TZ }, "fi").card);
    expect((mood?.choices as Array<{ title: string }>).map((c) => c.title)).toEqual([
      "😟 Todella huono",
      "🙁 Huono",
      "😐 Ihan ok",
      "🙂 Hyvä",
      "😄 Todella hyvä",
    ]);
    expect(mood?.style).toBe("expanded");
  });

  it("a channel post refreshes per student for up to 60 students and carries the round in its refresh action", () => {
    const { card } = surveyCard({ round: ROUND, className: "GF1 A", timeZone: TZ, audience: students(60) }, "da");
    const refresh = card.refresh as { action: Record<string, unknown>; userIds: string[] };
    expect(refresh.userIds).toHaveLength(60);
    expect(refresh.action).toMatchObject({
      type: "Action.Execute",
      verb: VERBS.refresh,
      data: { roundId: "round-1", classId: "class-gf1a" },
    });
    expect(cardProblems(card)).toEqual([]);
  });

  it("a channel post for more than 60 students has no form and points everyone to their 1:1 chat", () => {
    const { card } = surveyCard({ round: ROUND, className: "GF1 A", timeZone: TZ, audience: students(61) }, "en");
    expect(card.refresh).toBeUndefined();
    expect(choiceSets(card)).toHaveLength(0);
    expect(JSON.stringify(card)).toContain("your chat with Trivsel");
  });

  it("the closing time shows in the reader's own time zone", () => {
    const helsinki = JSON.stringify(
      surveyCard({ round: ROUND, className: "x", timeZone: "Europe/Helsinki" }, "en").card,
    );
    const copenhagen = JSON.stringify(surveyCard({ round: ROUND, className: "x", timeZone: TZ }, "en").card);
    // closesAt is 08:00 UTC: 10:00 in Helsinki, 09:00 in Copenhagen (both on winter time in November).
    expect(helsinki).toContain("10:00");
    expect(copenhagen).toContain("9:00");
  });

  it("the note input stops at 500 characters", () => {
    const json = JSON.stringify(surveyCard({ round: ROUND, className: "x", timeZone: TZ }, "en").card);
    expect(json).toContain('"maxLength":500');
  });
});

describe("after answering", () => {
  const answer = {
    ...ROUND,
    studentId: "s1",
    values: { "mood-week": 4, "belonging-class": 4, "energy-week": 5 },
    answeredAt: ROUND.opensAt,
  };

  it("the confirmation is kind, offers a change while open, links to My wellbeing and keeps refreshing for its reader", () => {
    const card = thankYouCard(
      { round: ROUND, answer, timeZone: TZ, canChange: true, teamsAppId: APP_ID, refreshFor: "29:me" },
      "sv",
    );
    expect(JSON.stringify(card)).toContain("Tack för att du tog en stund för dig själv");
    expect(allActions(card).map((a) => a.verb ?? a.url)).toEqual(
      expect.arrayContaining([VERBS.change, `https://teams.microsoft.com/l/entity/${APP_ID}/my-wellbeing`]),
    );
    expect((card.refresh as { userIds: string[] }).userIds).toEqual(["29:me"]);
    expect(cardProblems(card)).toEqual([]);
  });

  it("a hard week and a help request each get their own kind words in every locale", () => {
    for (const locale of LOCALES) {
      const hard = JSON.stringify(
        thankYouCard(
          {
            round: ROUND,
            answer: { ...answer, values: { ...answer.values, "mood-week": 1 } },
            timeZone: TZ,
            canChange: true,
          },
          locale,
        ),
      );
      const good = JSON.stringify(thankYouCard({ round: ROUND, answer, timeZone: TZ, canChange: true }, locale));
      const help = JSON.stringify(
        thankYouCard(
          { round: ROUND, answer: { ...answer, help: { target: "anyone" } }, timeZone: TZ, canChange: true },
          locale,
        ),
      );
      expect(new Set([hard, good, help]).size).toBe(3);
    }
  });

  it("a student's note is echoed as escaped text: never a link, emphasis or list", () => {
    const note = "**hi** [click](https://evil.example) <b>x</b>\n- item\n1. one";
    const card = thankYouCard(
      { round: ROUND, answer: { ...answer, help: { target: "mentor", note } }, timeZone: TZ, canChange: false },
      "en",
    );
    const texts = JSON.stringify(card);
    expect(texts).not.toContain("[click](");
    expect(plainText(note)).toBe(
      "\\*\\*hi\\*\\* \\[click\\]\\(https://evil.example\\) \\<b\\>x\\</b\\>\n\\- item\n1\\. one",
    );
    expect(allActions(card)).toHaveLength(0);
  });

  it("a closed round shows a closed card without any form", () => {
    const card = closedCard({ round: ROUND, timeZone: TZ, teamsAppId: APP_ID }, "da");
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain("Dette trivselstjek er lukket");
    expect(allActions(card).filter((a) => a.type === "Action.Execute")).toHaveLength(0);
  });
});
