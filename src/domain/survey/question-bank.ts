import type { Question } from "./question.js";

/**
 * Our own plain wording for 15-19 year olds (no licensed scale text). The weekly core: mood, belonging, energy.
 * Labels run from the worst to the best end of each item.
 */
export const CORE_QUESTIONS: readonly Question[] = [
  {
    id: "mood-week",
    dimension: "mood",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "How has your week been?",
      da: "Hvordan har din uge været?",
      sv: "Hur har din vecka varit?",
      fi: "Millainen viikkosi on ollut?",
    },
    labels: {
      en: ["Really bad", "Bad", "Okay", "Good", "Really good"],
      da: ["Rigtig dårlig", "Dårlig", "Okay", "God", "Rigtig god"],
      sv: ["Riktigt dålig", "Dålig", "Okej", "Bra", "Riktigt bra"],
      fi: ["Todella huono", "Huono", "Ihan ok", "Hyvä", "Todella hyvä"],
    },
  },
  {
    id: "belonging-class",
    dimension: "belonging",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "Do you feel you belong in your class?",
      da: "Føler du, at du hører til i din klasse?",
      sv: "Känner du att du hör hemma i din klass?",
      fi: "Tunnetko kuuluvasi omaan luokkaasi?",
    },
    labels: {
      en: ["Not at all", "A little", "Somewhat", "Mostly", "Completely"],
      da: ["Slet ikke", "Lidt", "Nogenlunde", "For det meste", "Helt"],
      sv: ["Inte alls", "Lite", "Delvis", "Mestadels", "Helt"],
      fi: ["En lainkaan", "Vähän", "Jonkin verran", "Enimmäkseen", "Täysin"],
    },
  },
  {
    id: "energy-week",
    dimension: "energy",
    kind: "scale5",
    higherIsBetter: true,
    text: {
      en: "How much energy have you had this week?",
      da: "Hvor meget energi har du haft i denne uge?",
      sv: "Hur mycket energi har du haft den här veckan?",
      fi: "Kuinka paljon sinulla on ollut energiaa tällä viikolla?",
    },
    labels: {
      en: ["None", "Little", "Some", "Quite a lot", "Lots"],
      da: ["Ingen", "Lidt", "Noget", "Ret meget", "Masser"],
      sv: ["Ingen", "Lite", "En del", "Ganska mycket", "Massor"],
      fi: ["Ei yhtään", "Vähän", "Jonkin verran", "Melko paljon", "Paljon"],
    },
  },
];
