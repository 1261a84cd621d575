import type { Question } from "../question.js";

/**
 * Thoughts of dropping out. Scoring treats the low end of these as severity 3 (DESIGN §3), so the wording stays
 * open and unalarming ("is this programme right for you?"), never "do you want to quit?", and the labels give
 * room for doubt ("Not sure") without it reading as a decision.
 */
export const DROPOUT_THOUGHTS_ITEMS: readonly Question[] = [
  {
    id: "dropout-right-programme",
    dimension: "dropoutThoughts",
    kind: "scale5",
    // Wondering a lot is the end to follow up.
    higherIsBetter: false,
    text: {
      en: "Lately, have you been wondering whether this programme is right for you?",
      da: "Har du den seneste tid tænkt over, om uddannelsen er den rigtige for dig?",
      sv: "Har du på sistone funderat på om utbildningen är rätt för dig?",
      fi: "Oletko viime aikoina miettinyt, onko tämä koulutus oikea sinulle?",
    },
    labels: {
      en: ["Not at all", "Once or twice", "Now and then", "Quite often", "A lot"],
      da: ["Slet ikke", "En enkelt gang", "Af og til", "Ret tit", "Rigtig meget"],
      sv: ["Inte alls", "Någon enstaka gång", "Då och då", "Ganska ofta", "Väldigt mycket"],
      fi: ["En lainkaan", "Kerran tai kaksi", "Silloin tällöin", "Melko usein", "Todella paljon"],
    },
  },
  {
    id: "dropout-see-finishing",
    dimension: "dropoutThoughts",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "Can you see yourself finishing your programme?",
      da: "Kan du se dig selv gøre din uddannelse færdig?",
      sv: "Kan du se dig själv gå klart din utbildning?",
      fi: "Uskotko, että suoritat koulutuksesi loppuun?",
    },
    labels: {
      en: ["No", "Probably not", "Not sure", "I think so", "Yes, definitely"],
      da: ["Nej", "Nok ikke", "Ved ikke", "Det tror jeg", "Ja, helt sikkert"],
      sv: ["Nej", "Nog inte", "Vet inte", "Jag tror det", "Ja, absolut"],
      fi: ["En", "Tuskin", "En tiedä", "Luultavasti", "Kyllä, ehdottomasti"],
    },
  },
  {
    id: "dropout-glad-chose",
    dimension: "dropoutThoughts",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "How glad are you that you chose this programme?",
      da: "Hvor glad er du for, at du valgte denne uddannelse?",
      sv: "Hur glad är du över att du valde den här utbildningen?",
      fi: "Kuinka tyytyväinen olet siihen, että valitsit tämän koulutuksen?",
    },
    labels: {
      en: ["Not at all", "Not very glad", "In between", "Quite glad", "Very glad"],
      da: ["Slet ikke", "Ikke særlig glad", "Midt imellem", "Ret glad", "Meget glad"],
      sv: ["Inte alls", "Inte särskilt glad", "Mittemellan", "Ganska glad", "Väldigt glad"],
      fi: ["En lainkaan", "En kovin tyytyväinen", "Siltä väliltä", "Melko tyytyväinen", "Todella tyytyväinen"],
    },
  },
  {
    id: "dropout-thought-of-leaving",
    dimension: "dropoutThoughts",
    kind: "yesNo",
    // "Yes" is the end to follow up; the label says it has been on their mind, not that they have decided.
    higherIsBetter: false,
    text: {
      en: "Lately, have you thought about leaving or switching programme?",
      da: "Har du den seneste tid overvejet at stoppe eller skifte uddannelse?",
      sv: "Har du på sistone funderat på att hoppa av eller byta utbildning?",
      fi: "Oletko viime aikoina miettinyt koulutuksen keskeyttämistä tai vaihtamista?",
    },
    labels: {
      en: ["No", "Yes, it has crossed my mind"],
      da: ["Nej", "Ja, jeg har tænkt på det"],
      sv: ["Nej", "Ja, jag har funderat på det"],
      fi: ["En", "Kyllä, olen miettinyt sitä"],
    },
  },
];
