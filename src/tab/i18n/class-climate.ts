import type { Locale } from "../../domain/locale.js";

/**
 * Words of the class climate panel and the reminder setting, in their own file so they never collide with other
 * views' edits of the shared string tables.
 */
const en = {
  climateTitle: "Class climate",
  climateNone: "No class climate notes. A note appears when the class as a whole answers clearly lower than usual.",
  climateOpen: "Open since {date}",
  climateResolved: "{from} – {to}, the class has recovered",
  climateNote: "Class averages only, from check-ins with at least 5 answers. No student is named.",
  reminderHours: "Reminder to students who have not answered (hours before the check-in closes)",
  reminderHoursInvalid: "Enter a whole number of hours from 1 to 168.",
};
export type ClimateStrings = typeof en;

const da: ClimateStrings = {
  climateTitle: "Klassens trivsel",
  climateNone: "Ingen noter om klassens trivsel. En note vises, når klassen samlet svarer tydeligt lavere end normalt.",
  climateOpen: "Åben siden {date}",
  climateResolved: "{from} – {to}, klassen er kommet op igen",
  climateNote: "Kun klassegennemsnit fra tjek-ind med mindst 5 svar. Ingen elev nævnes.",
  reminderHours: "Påmindelse til elever, der ikke har svaret (timer før tjek-ind lukker)",
  reminderHoursInvalid: "Skriv et helt antal timer fra 1 til 168.",
};

const sv: ClimateStrings = {
  climateTitle: "Klassklimat",
  climateNone:
    "Inga noteringar om klassklimatet. En notering visas när klassen som helhet svarar tydligt lägre än vanligt.",
  climateOpen: "Öppen sedan {date}",
  climateResolved: "{from} – {to}, klassen har återhämtat sig",
  climateNote: "Endast klassgenomsnitt från incheckningar med minst 5 svar. Ingen elev nämns.",
  reminderHours: "Påminnelse till elever som inte har svarat (timmar innan incheckningen stänger)",
  reminderHoursInvalid: "Ange ett helt antal timmar från 1 till 168.",
};

const fi: ClimateStrings = {
  climateTitle: "Luokan ilmapiiri",
  climateNone:
    "Ei huomioita luokan ilmapiiristä. Huomio näkyy, kun luokka kokonaisuutena vastaa selvästi tavallista matalammin.",
  climateOpen: "Avoinna {date} alkaen",
  climateResolved: "{from} – {to}, luokan tilanne on palautunut",
  climateNote: "Vain luokan keskiarvoja kyselyistä, joihin vastasi vähintään 5. Ketään oppilasta ei mainita.",
  reminderHours: "Muistutus vastaamattomille opiskelijoille (tuntia ennen kyselyn sulkeutumista)",
  reminderHoursInvalid: "Anna kokonainen tuntimäärä väliltä 1–168.",
};

export const CLIMATE_STRINGS: Record<Locale, ClimateStrings> = { da, sv, fi, en };
