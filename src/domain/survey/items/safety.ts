import type { Question } from "../question.js";
import { NO_YES, SAFE } from "./labels.js";

/**
 * Safety at school, on the way there and online. Worded gently: it asks how things feel, never names bullying or
 * violence, so a student can answer honestly without having to label what happened.
 */
export const SAFETY_ITEMS: readonly Question[] = [
  {
    id: "safety-at-school",
    dimension: "safety",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "How safe do you feel at school?",
      da: "Hvor tryg føler du dig på skolen?",
      sv: "Hur trygg känner du dig i skolan?",
      fi: "Kuinka turvallinen olo sinulla on koulussa?",
    },
    labels: SAFE,
  },
  {
    id: "safety-on-the-way",
    dimension: "safety",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "How safe do you feel on your way to and from school?",
      da: "Hvor tryg føler du dig på vej til og fra skole?",
      sv: "Hur trygg känner du dig på vägen till och från skolan?",
      fi: "Kuinka turvallinen olo sinulla on koulumatkoilla?",
    },
    labels: SAFE,
  },
  {
    id: "safety-hurtful",
    dimension: "safety",
    kind: "scale5",
    // Being hurt often is the worrying end.
    higherIsBetter: false,
    text: {
      en: "Lately, how often has someone at school said or done something that upset you?",
      da: "Hvor tit har nogen på skolen den seneste tid sagt eller gjort noget, der gjorde dig ked af det?",
      sv: "Hur ofta har någon i skolan på sistone sagt eller gjort något som gjorde dig ledsen?",
      fi: "Kuinka usein joku koulussa on viime aikoina sanonut tai tehnyt jotain, mikä on pahoittanut mielesi?",
    },
    labels: {
      en: ["Never", "Once", "A few times", "Often", "Very often"],
      da: ["Aldrig", "Én gang", "Et par gange", "Tit", "Meget tit"],
      sv: ["Aldrig", "En gång", "Några gånger", "Ofta", "Väldigt ofta"],
      fi: ["Ei koskaan", "Kerran", "Muutaman kerran", "Usein", "Todella usein"],
    },
  },
  {
    id: "safety-online",
    dimension: "safety",
    kind: "yesNo",
    // "Yes, something happened" is the end to follow up.
    higherIsBetter: false,
    text: {
      en: "Lately, has anything happened online with people from school that made you feel uncomfortable?",
      da: "Er der den seneste tid sket noget online med folk fra skolen, som fik dig til at føle dig utilpas?",
      sv: "Har det på sistone hänt något på nätet med folk från skolan som fått dig att känna dig obekväm?",
      fi: "Onko netissä viime aikoina tapahtunut koulun porukan kanssa jotain, mikä on tuntunut sinusta pahalta?",
    },
    labels: NO_YES,
  },
];
