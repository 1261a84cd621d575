import type { Question } from "../question.js";
import { coreItem } from "./core.js";
import { HARD_TO_EASY } from "./labels.js";

/** Energy and sleep. The core item comes first. */
export const ENERGY_ITEMS: readonly Question[] = [
  coreItem("energy-week"),
  {
    id: "energy-sleep",
    dimension: "energy",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "How well have you slept this week?",
      da: "Hvor godt har du sovet i denne uge?",
      sv: "Hur bra har du sovit den här veckan?",
      fi: "Kuinka hyvin olet nukkunut tällä viikolla?",
    },
    labels: {
      en: ["Very badly", "Badly", "Okay", "Well", "Very well"],
      // "Okay" is everyday Danish (Retskrivningsordbogen lists "okay").
      da: ["Meget dårligt", "Dårligt", "Okay", "Godt", "Rigtig godt"],
      sv: ["Väldigt dåligt", "Dåligt", "Okej", "Bra", "Väldigt bra"],
      fi: ["Todella huonosti", "Huonosti", "Ihan ok", "Hyvin", "Todella hyvin"],
    },
  },
  {
    id: "energy-too-tired",
    dimension: "energy",
    kind: "scale5",
    // Being too tired often is the worrying end.
    higherIsBetter: false,
    text: {
      en: "How often have you been too tired to concentrate in class?",
      da: "Hvor tit har du været for træt til at koncentrere dig i timerne?",
      sv: "Hur ofta har du varit för trött för att koncentrera dig på lektionerna?",
      fi: "Kuinka usein olet ollut liian väsynyt keskittyäksesi tunneilla?",
    },
    labels: {
      en: ["Never", "Rarely", "Sometimes", "Often", "Almost always"],
      da: ["Aldrig", "Sjældent", "Nogle gange", "Tit", "Næsten altid"],
      sv: ["Aldrig", "Sällan", "Ibland", "Ofta", "Nästan alltid"],
      fi: ["Ei koskaan", "Harvoin", "Joskus", "Usein", "Melkein aina"],
    },
  },
  {
    id: "energy-mornings",
    dimension: "energy",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "How easy has it been to get up in the mornings?",
      da: "Hvor nemt har det været at komme op om morgenen?",
      sv: "Hur lätt har det varit att komma upp på morgnarna?",
      fi: "Kuinka helppoa sinun on ollut nousta aamuisin?",
    },
    labels: HARD_TO_EASY,
  },
];
