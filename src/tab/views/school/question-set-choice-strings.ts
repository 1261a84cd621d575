import type { Locale } from "../../../domain/locale.js";

const en = {
  title: "Which set each class is asked",
  intro: "New schedules start with the class's set, or the school's default when the class has none.",
  schoolDefault: "School default",
  builtInDefault: "Not chosen (weekly core questions)",
  classSet: "Set for {name}",
  useSchoolDefault: "School default",
  noClasses: "The school has no classes yet.",
  saved: "The choice was saved.",
  failed: "The choice could not be saved. Try again.",
};
export type QuestionSetChoiceStrings = typeof en;

/** The question set choices' strings in the product's four languages. */
export const QUESTION_SET_CHOICE_STRINGS: Record<Locale, QuestionSetChoiceStrings> = {
  en,
  da: {
    title: "Hvilket sæt hver klasse får",
    intro: "Nye skemaer starter med klassens sæt, eller skolens standard, hvis klassen ikke har et.",
    schoolDefault: "Skolens standard",
    builtInDefault: "Ikke valgt (ugens kernespørgsmål)",
    classSet: "Sæt for {name}",
    useSchoolDefault: "Skolens standard",
    noClasses: "Skolen har ingen klasser endnu.",
    saved: "Valget er gemt.",
    failed: "Valget kunne ikke gemmes. Prøv igen.",
  },
  sv: {
    title: "Vilken uppsättning varje klass får",
    intro: "Nya scheman börjar med klassens uppsättning, eller skolans standard om klassen inte har någon.",
    schoolDefault: "Skolans standard",
    builtInDefault: "Inte vald (veckans kärnfrågor)",
    classSet: "Uppsättning för {name}",
    useSchoolDefault: "Skolans standard",
    noClasses: "Skolan har inga klasser än.",
    saved: "Valet har sparats.",
    failed: "Valet kunde inte sparas. Försök igen.",
  },
  fi: {
    title: "Mikä sarja kullekin luokalle kysytään",
    intro: "Uudet aikataulut alkavat luokan sarjalla tai koulun oletussarjalla, jos luokalla ei ole omaa.",
    schoolDefault: "Koulun oletus",
    builtInDefault: "Ei valittu (viikon ydinkysymykset)",
    classSet: "Sarja: {name}",
    useSchoolDefault: "Koulun oletus",
    noClasses: "Koululla ei ole vielä luokkia.",
    saved: "Valinta tallennettiin.",
    failed: "Valintaa ei voitu tallentaa. Yritä uudelleen.",
  },
};
