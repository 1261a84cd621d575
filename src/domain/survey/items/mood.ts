import type { Question } from "../question.js";
import { coreItem } from "./core.js";
import { FREQUENCY } from "./labels.js";

/** Mood: how the week has felt overall. The core item comes first. */
export const MOOD_ITEMS: readonly Question[] = [
  coreItem("mood-week"),
  {
    id: "mood-happy-lately",
    dimension: "mood",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "How happy have you been lately?",
      da: "Hvor glad har du været den seneste tid?",
      sv: "Hur glad har du varit på sistone?",
      fi: "Kuinka iloinen olet ollut viime aikoina?",
    },
    labels: {
      en: ["Not happy at all", "Not very happy", "In between", "Fairly happy", "Very happy"],
      da: ["Slet ikke glad", "Ikke særlig glad", "Midt imellem", "Ret glad", "Meget glad"],
      sv: ["Inte alls glad", "Inte särskilt glad", "Mittemellan", "Ganska glad", "Väldigt glad"],
      fi: ["En lainkaan iloinen", "En kovin iloinen", "Siltä väliltä", "Melko iloinen", "Todella iloinen"],
    },
  },
  {
    id: "mood-look-forward",
    dimension: "mood",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "How often this week have you had something to look forward to?",
      da: "Hvor tit har du haft noget at glæde dig til i denne uge?",
      sv: "Hur ofta har du haft något att se fram emot den här veckan?",
      fi: "Kuinka usein sinulla on tällä viikolla ollut jotain, mitä odottaa innolla?",
    },
    labels: {
      en: ["Never", "Rarely", "Sometimes", "Often", "All the time"],
      da: ["Aldrig", "Sjældent", "Nogle gange", "Tit", "Hele tiden"],
      sv: ["Aldrig", "Sällan", "Ibland", "Ofta", "Hela tiden"],
      fi: ["Ei koskaan", "Harvoin", "Joskus", "Usein", "Koko ajan"],
    },
  },
  {
    id: "mood-down",
    dimension: "mood",
    kind: "scale5",
    // Feeling down often is the worrying end.
    higherIsBetter: false,
    text: {
      en: "How often have you felt sad or down lately?",
      da: "Hvor tit har du været ked af det eller nede den seneste tid?",
      sv: "Hur ofta har du känt dig ledsen eller nere på sistone?",
      fi: "Kuinka usein olet ollut surullinen tai allapäin viime aikoina?",
    },
    labels: FREQUENCY,
  },
];
