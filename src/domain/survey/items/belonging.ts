import type { Question } from "../question.js";
import { coreItem } from "./core.js";
import { FREQUENCY, HARD_TO_EASY, NEVER_TO_ALWAYS } from "./labels.js";

/** Belonging: the class community. The core item comes first. */
export const BELONGING_ITEMS: readonly Question[] = [
  coreItem("belonging-class"),
  {
    id: "belonging-breaks",
    dimension: "belonging",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "How easy is it to find someone to be with during breaks?",
      da: "Hvor nemt er det at finde nogen at være sammen med i pauserne?",
      sv: "Hur lätt är det att hitta någon att vara med på rasterna?",
      fi: "Kuinka helppoa sinun on löytää seuraa taukojen ajaksi?",
    },
    labels: HARD_TO_EASY,
  },
  {
    id: "belonging-left-out",
    dimension: "belonging",
    kind: "scale5",
    // Being left out often is the worrying end.
    higherIsBetter: false,
    text: {
      en: "How often have you felt left out in your class?",
      da: "Hvor tit har du følt dig holdt udenfor i din klasse?",
      sv: "Hur ofta har du känt dig utanför i din klass?",
      fi: "Kuinka usein olet tuntenut itsesi ulkopuoliseksi luokassasi?",
    },
    labels: FREQUENCY,
  },
  {
    id: "belonging-group-work",
    dimension: "belonging",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "Do you feel welcome when you work in groups?",
      da: "Føler du dig velkommen, når I arbejder i grupper?",
      sv: "Känner du dig välkommen när ni jobbar i grupp?",
      fi: "Tunnetko olevasi tervetullut, kun teette ryhmätöitä?",
    },
    labels: NEVER_TO_ALWAYS,
  },
];
