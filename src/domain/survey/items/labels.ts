import type { Localized } from "../../locale.js";

/**
 * Answer scales several items share, so the same words mean the same thing across the survey.
 * Each runs from the raw value 1 to the raw value 5 (or no/yes); an item's `higherIsBetter` says which end is good.
 */
type Scale = Localized<readonly string[]>;

/** How often something happened. */
export const FREQUENCY: Scale = {
  en: ["Never", "Rarely", "Sometimes", "Often", "Very often"],
  da: ["Aldrig", "Sjældent", "Nogle gange", "Tit", "Meget tit"],
  sv: ["Aldrig", "Sällan", "Ibland", "Ofta", "Väldigt ofta"],
  fi: ["Ei koskaan", "Harvoin", "Joskus", "Usein", "Todella usein"],
};

/** How often something good happens, topping out at "always". */
export const NEVER_TO_ALWAYS: Scale = {
  en: ["Never", "Rarely", "Sometimes", "Mostly", "Always"],
  da: ["Aldrig", "Sjældent", "Nogle gange", "For det meste", "Altid"],
  sv: ["Aldrig", "Sällan", "Ibland", "Oftast", "Alltid"],
  fi: ["Ei koskaan", "Harvoin", "Joskus", "Useimmiten", "Aina"],
};

/** How hard or easy something is. */
export const HARD_TO_EASY: Scale = {
  en: ["Very hard", "Hard", "So-so", "Easy", "Very easy"],
  da: ["Meget svært", "Svært", "Både og", "Nemt", "Meget nemt"],
  sv: ["Väldigt svårt", "Svårt", "Sådär", "Lätt", "Väldigt lätt"],
  fi: ["Todella vaikeaa", "Vaikeaa", "Siltä väliltä", "Helppoa", "Todella helppoa"],
};

/** How much of something. */
export const AMOUNT: Scale = {
  en: ["Not at all", "A little", "Somewhat", "Quite a lot", "A lot"],
  da: ["Slet ikke", "Lidt", "Noget", "Ret meget", "Rigtig meget"],
  sv: ["Inte alls", "Lite", "En del", "Ganska mycket", "Väldigt mycket"],
  fi: ["Ei yhtään", "Vähän", "Jonkin verran", "Melko paljon", "Todella paljon"],
};

/** How safe a place feels ("tryg"/"trygg" is the everyday Nordic word for feeling safe). */
export const SAFE: Scale = {
  en: ["Not safe at all", "Not very safe", "Fairly safe", "Safe", "Very safe"],
  da: ["Slet ikke tryg", "Ikke særlig tryg", "Nogenlunde tryg", "Tryg", "Meget tryg"],
  sv: ["Inte alls trygg", "Inte särskilt trygg", "Ganska trygg", "Trygg", "Väldigt trygg"],
  fi: ["Ei lainkaan turvallinen", "Ei kovin turvallinen", "Melko turvallinen", "Turvallinen", "Todella turvallinen"],
};

/** A plain no/yes, in that order (raw 1 = no, raw 5 = yes). */
export const NO_YES: Scale = {
  en: ["No", "Yes"],
  da: ["Nej", "Ja"],
  sv: ["Nej", "Ja"],
  fi: ["Ei", "Kyllä"],
};

/** A softer no/yes for questions where "no" may be hard to say out loud. */
export const NOT_REALLY_YES: Scale = {
  en: ["Not really", "Yes"],
  da: ["Ikke rigtig", "Ja"],
  sv: ["Inte riktigt", "Ja"],
  fi: ["Ei oikeastaan", "Kyllä"],
};
