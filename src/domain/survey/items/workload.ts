import type { Question } from "../question.js";
import { AMOUNT } from "./labels.js";

/** Workload and stress: how much school weighs right now. */
export const WORKLOAD_ITEMS: readonly Question[] = [
  {
    id: "workload-stress",
    dimension: "workload",
    kind: "scale5",
    // A lot of stress is the worrying end.
    higherIsBetter: false,
    text: {
      en: "How much has school stressed you this week?",
      da: "Hvor meget har skolen stresset dig i denne uge?",
      sv: "Hur mycket har skolan stressat dig den här veckan?",
      fi: "Kuinka paljon koulu on stressannut sinua tällä viikolla?",
    },
    labels: AMOUNT,
  },
  {
    id: "workload-manageable",
    dimension: "workload",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "Can you keep on top of your schoolwork right now?",
      da: "Kan du overskue dit skolearbejde lige nu?",
      sv: "Klarar du av mängden skolarbete just nu?",
      fi: "Tuntuuko koulutehtävien määrä tällä hetkellä hallittavalta?",
    },
    labels: {
      en: ["Not at all", "Barely", "Just about", "Mostly", "Easily"],
      da: ["Slet ikke", "Knap nok", "Nogenlunde", "For det meste", "Sagtens"],
      sv: ["Inte alls", "Knappt", "Någorlunda", "Mestadels", "Utan problem"],
      fi: ["Ei lainkaan", "Tuskin", "Juuri ja juuri", "Enimmäkseen", "Täysin"],
    },
  },
  {
    id: "workload-behind",
    dimension: "workload",
    kind: "scale5",
    // Feeling behind all the time is the worrying end.
    higherIsBetter: false,
    text: {
      en: "How often have you felt behind with your assignments?",
      da: "Hvor tit har du følt, at du var bagud med dine opgaver?",
      sv: "Hur ofta har du känt att du ligger efter med dina uppgifter?",
      fi: "Kuinka usein olet tuntenut olevasi jäljessä tehtävien kanssa?",
    },
    labels: {
      en: ["Never", "Rarely", "Sometimes", "Often", "All the time"],
      da: ["Aldrig", "Sjældent", "Nogle gange", "Tit", "Hele tiden"],
      sv: ["Aldrig", "Sällan", "Ibland", "Ofta", "Hela tiden"],
      fi: ["Ei koskaan", "Harvoin", "Joskus", "Usein", "Koko ajan"],
    },
  },
  {
    id: "workload-time-off",
    dimension: "workload",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "Have you had time to relax outside school this week?",
      da: "Har du haft tid til at slappe af uden for skolen i denne uge?",
      sv: "Har du haft tid att koppla av utanför skolan den här veckan?",
      fi: "Onko sinulla ollut aikaa rentoutua koulun ulkopuolella tällä viikolla?",
    },
    labels: {
      en: ["None at all", "Very little", "Some", "Enough", "Plenty"],
      da: ["Slet ingen", "Meget lidt", "Noget", "Nok", "Masser"],
      sv: ["Ingen alls", "Väldigt lite", "En del", "Tillräckligt", "Massor"],
      fi: ["Ei yhtään", "Todella vähän", "Jonkin verran", "Riittävästi", "Runsaasti"],
    },
  },
];
