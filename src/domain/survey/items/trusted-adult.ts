import type { Question } from "../question.js";
import { HARD_TO_EASY, NOT_REALLY_YES } from "./labels.js";

/** An adult to go to: whether a student knows someone who would listen. "No" is worded softly ("Not really"). */
export const TRUSTED_ADULT_ITEMS: readonly Question[] = [
  {
    id: "adult-at-school",
    dimension: "trustedAdult",
    kind: "yesNo",
    higherIsBetter: true,
    text: {
      en: "Is there an adult at school you could go to if something was wrong?",
      da: "Er der en voksen på skolen, du kunne gå til, hvis noget var galt?",
      sv: "Finns det en vuxen i skolan som du skulle kunna gå till om något var jobbigt?",
      fi: "Onko koulussa aikuista, jonka puoleen voisit kääntyä, jos jokin olisi huonosti?",
    },
    labels: NOT_REALLY_YES,
  },
  {
    id: "adult-easy-to-talk",
    dimension: "trustedAdult",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "How easy would it be to talk to an adult at school about something personal?",
      da: "Hvor nemt ville det være at tale med en voksen på skolen om noget personligt?",
      sv: "Hur lätt skulle det vara att prata med en vuxen i skolan om något personligt?",
      fi: "Kuinka helppoa sinun olisi puhua jollekin koulun aikuiselle henkilökohtaisista asioista?",
    },
    labels: HARD_TO_EASY,
  },
  {
    id: "adult-cares",
    dimension: "trustedAdult",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "Do you feel there is an adult at school who cares how you're doing?",
      da: "Føler du, at der er en voksen på skolen, som interesserer sig for, hvordan du har det?",
      sv: "Känner du att det finns en vuxen i skolan som bryr sig om hur du mår?",
      fi: "Onko koulussa mielestäsi aikuinen, joka välittää siitä, miten sinulla menee?",
    },
    labels: {
      en: ["No", "Not really", "Not sure", "I think so", "Yes, definitely"],
      da: ["Nej", "Ikke rigtig", "Ved ikke", "Det tror jeg", "Ja, helt sikkert"],
      sv: ["Nej", "Inte riktigt", "Vet inte", "Jag tror det", "Ja, absolut"],
      fi: ["Ei", "Ei oikeastaan", "En tiedä", "Luulen niin", "Kyllä, ehdottomasti"],
    },
  },
  {
    id: "adult-outside-school",
    dimension: "trustedAdult",
    kind: "yesNo",
    higherIsBetter: true,
    text: {
      en: "Is there an adult outside school you can talk to when things are hard?",
      da: "Er der en voksen uden for skolen, du kan tale med, når tingene er svære?",
      sv: "Finns det en vuxen utanför skolan som du kan prata med när det är jobbigt?",
      fi: "Onko koulun ulkopuolella aikuista, jolle voit puhua, kun on vaikeaa?",
    },
    labels: NOT_REALLY_YES,
  },
];
