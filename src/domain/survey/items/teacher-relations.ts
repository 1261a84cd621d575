import type { Question } from "../question.js";
import { AMOUNT, HARD_TO_EASY, NEVER_TO_ALWAYS } from "./labels.js";

/** Teacher relations: being heard, helped and treated fairly by teachers. */
export const TEACHER_RELATIONS_ITEMS: readonly Question[] = [
  {
    id: "teacher-listen",
    dimension: "teacherRelations",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "Do your teachers listen when you have something to say?",
      da: "Lytter dine lærere, når du har noget at sige?",
      sv: "Lyssnar dina lärare när du har något att säga?",
      fi: "Kuuntelevatko opettajasi, kun sinulla on jotain sanottavaa?",
    },
    labels: NEVER_TO_ALWAYS,
  },
  {
    id: "teacher-ask-help",
    dimension: "teacherRelations",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "How easy is it to ask a teacher for help when you're stuck?",
      da: "Hvor nemt er det at bede en lærer om hjælp, når du sidder fast?",
      sv: "Hur lätt är det att be en lärare om hjälp när du kör fast?",
      fi: "Kuinka helppoa sinun on pyytää opettajalta apua, kun jäät jumiin?",
    },
    labels: HARD_TO_EASY,
  },
  {
    id: "teacher-fair",
    dimension: "teacherRelations",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "Do you feel your teachers treat you fairly?",
      da: "Føler du, at dine lærere behandler dig retfærdigt?",
      sv: "Känner du att dina lärare behandlar dig rättvist?",
      fi: "Kohtelevatko opettajasi sinua mielestäsi reilusti?",
    },
    labels: {
      en: ["Not at all", "Not really", "Partly", "Mostly", "Completely"],
      da: ["Slet ikke", "Ikke rigtig", "Delvist", "For det meste", "Helt"],
      sv: ["Inte alls", "Inte riktigt", "Delvis", "Mestadels", "Helt"],
      fi: ["Ei lainkaan", "Ei oikeastaan", "Osittain", "Enimmäkseen", "Täysin"],
    },
  },
  {
    id: "teacher-believe",
    dimension: "teacherRelations",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "How much do you feel your teachers believe in you?",
      da: "Hvor meget føler du, at dine lærere tror på dig?",
      sv: "Hur mycket känner du att dina lärare tror på dig?",
      fi: "Kuinka paljon koet opettajiesi uskovan sinuun?",
    },
    labels: AMOUNT,
  },
];
