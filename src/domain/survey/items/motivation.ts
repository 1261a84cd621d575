import type { Question } from "../question.js";
import { AMOUNT, FREQUENCY, HARD_TO_EASY } from "./labels.js";

/** Motivation: wanting to learn, seeing the point, getting started. */
export const MOTIVATION_ITEMS: readonly Question[] = [
  {
    id: "motivation-want-to-learn",
    dimension: "motivation",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "How much have you felt like learning this week?",
      da: "Hvor meget har du haft lyst til at lære i denne uge?",
      sv: "Hur mycket har du haft lust att lära dig saker den här veckan?",
      fi: "Kuinka paljon sinulla on ollut intoa oppia tällä viikolla?",
    },
    labels: AMOUNT,
  },
  {
    id: "motivation-useful",
    dimension: "motivation",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "How useful does what you're learning feel to you?",
      da: "Hvor brugbart føles det, du lærer, for dig?",
      sv: "Hur användbart känns det du lär dig för dig?",
      fi: "Kuinka paljon koet hyötyväsi siitä, mitä opit?",
    },
    labels: {
      en: ["Not at all", "A little", "Somewhat", "Quite useful", "Very useful"],
      da: ["Slet ikke", "Lidt", "Nogenlunde", "Ret brugbart", "Meget brugbart"],
      sv: ["Inte alls", "Lite", "Någorlunda", "Ganska användbart", "Väldigt användbart"],
      fi: ["Ei yhtään", "Vähän", "Jonkin verran", "Melko paljon", "Todella paljon"],
    },
  },
  {
    id: "motivation-get-started",
    dimension: "motivation",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "How easy has it been to get started on schoolwork this week?",
      da: "Hvor nemt har det været at komme i gang med skolearbejdet i denne uge?",
      sv: "Hur lätt har det varit att komma igång med skolarbetet den här veckan?",
      fi: "Kuinka helppoa sinun on ollut tarttua koulutehtäviin tällä viikolla?",
    },
    labels: HARD_TO_EASY,
  },
  {
    id: "motivation-pleased",
    dimension: "motivation",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "How often this week have you been pleased with something you did at school?",
      da: "Hvor tit har du i denne uge været tilfreds med noget, du har lavet i skolen?",
      sv: "Hur ofta har du den här veckan varit nöjd med något du gjort i skolan?",
      fi: "Kuinka usein olet tällä viikolla ollut tyytyväinen johonkin, mitä teit koulussa?",
    },
    labels: FREQUENCY,
  },
];
