import type { Locale } from "../../domain/locale.js";

/** The words of the students' "My wellbeing" tab, in its own file so it never collides with other views' edits. */
const en = {
  title: "My wellbeing",
  intro: "How your check-ins have gone this term. Higher is better on every line.",
  empty: "No answers yet. Your trend shows up here after your first check-ins.",
  latest: "Latest: {value} of 5",
  answered: "{count} check-ins answered this term",
  helpTitle: "Your requests to talk",
  helpNone: "You have no open requests. You can ask to talk to someone in any check-in.",
  helpWaiting: "You asked on {date} to talk to {target}. Your mentor has been told.",
  helpSeen: "You asked on {date} to talk to {target}. Your mentor has seen it and will contact you.",
  target_mentor: "your mentor",
  target_counsellor: "a counsellor",
  target_studyGuidance: "study guidance",
  target_anyone: "someone",
  privacyTitle: "Who sees your answers",
  privacy1: "You see your own answers here. Nobody else in your class sees them.",
  privacy2: "Your mentor sees your answers, so they can help if a week is hard or if you ask to talk.",
  privacy3: "Teachers only see class totals, and only when at least five students answered.",
  privacy4: "Answers are deleted after 13 months. You can ask your school for a copy of everything stored about you.",
};
export type WellbeingStrings = typeof en;

const da: WellbeingStrings = {
  title: "Min trivsel",
  intro: "Sådan er dine trivselstjek gået i dette semester. Højere er bedre på hver linje.",
  empty: "Ingen svar endnu. Din udvikling vises her efter dine første trivselstjek.",
  latest: "Seneste: {value} ud af 5",
  answered: "{count} trivselstjek besvaret i dette semester",
  helpTitle: "Dine ønsker om en snak",
  helpNone: "Du har ingen åbne ønsker. Du kan bede om at tale med nogen i ethvert trivselstjek.",
  helpWaiting: "Du bad den {date} om at tale med {target}. Din mentor har fået besked.",
  helpSeen: "Du bad den {date} om at tale med {target}. Din mentor har set det og kontakter dig.",
  target_mentor: "din mentor",
  target_counsellor: "en vejleder",
  target_studyGuidance: "studievejledningen",
  target_anyone: "nogen",
  privacyTitle: "Hvem ser dine svar",
  privacy1: "Du ser dine egne svar her. Ingen andre i din klasse ser dem.",
  privacy2: "Din mentor ser dine svar, så de kan hjælpe, hvis en uge er svær, eller hvis du beder om en snak.",
  privacy3: "Lærerne ser kun klassens samlede tal, og kun når mindst fem elever har svaret.",
  privacy4: "Svarene slettes efter 13 måneder. Du kan bede din skole om en kopi af alt, der er gemt om dig.",
};

const sv: WellbeingStrings = {
  title: "Mitt välmående",
  intro: "Så har dina avstämningar gått den här terminen. Högre är bättre på varje rad.",
  empty: "Inga svar än. Din utveckling visas här efter dina första avstämningar.",
  latest: "Senaste: {value} av 5",
  answered: "{count} avstämningar besvarade den här terminen",
  helpTitle: "Dina önskemål om att prata",
  helpNone: "Du har inga öppna önskemål. Du kan be om att få prata med någon i varje avstämning.",
  helpWaiting: "Du bad den {date} om att få prata med {target}. Din mentor har fått veta.",
  helpSeen: "Du bad den {date} om att få prata med {target}. Din mentor har sett det och hör av sig.",
  target_mentor: "din mentor",
  target_counsellor: "en kurator",
  target_studyGuidance: "studie- och yrkesvägledningen",
  target_anyone: "någon",
  privacyTitle: "Vem ser dina svar",
  privacy1: "Du ser dina egna svar här. Ingen annan i din klass ser dem.",
  privacy2: "Din mentor ser dina svar, så att hen kan hjälpa till om en vecka är tung eller om du ber om att få prata.",
  privacy3: "Lärarna ser bara klassens sammanlagda siffror, och bara när minst fem elever har svarat.",
  privacy4: "Svaren raderas efter 13 månader. Du kan be din skola om en kopia av allt som sparats om dig.",
};

const fi: WellbeingStrings = {
  title: "Oma hyvinvointini",
  intro: "Näin kyselysi ovat menneet tällä lukukaudella. Jokaisella rivillä korkeampi on parempi.",
  empty: "Ei vielä vastauksia. Kehityksesi näkyy täällä ensimmäisten kyselyjen jälkeen.",
  latest: "Viimeisin: {value} / 5",
  answered: "{count} kyselyyn vastattu tällä lukukaudella",
  helpTitle: "Juttelupyyntösi",
  helpNone: "Sinulla ei ole avoimia pyyntöjä. Voit pyytää juttelua missä tahansa kyselyssä.",
  helpWaiting: "Pyysit {date} saada jutella: {target}. Mentorisi on saanut tiedon.",
  helpSeen: "Pyysit {date} saada jutella: {target}. Mentorisi on nähnyt pyynnön ja ottaa sinuun yhteyttä.",
  target_mentor: "mentorisi",
  target_counsellor: "kuraattori",
  target_studyGuidance: "opinto-ohjaaja",
  target_anyone: "kuka tahansa",
  privacyTitle: "Kuka näkee vastauksesi",
  privacy1: "Näet omat vastauksesi täällä. Kukaan muu luokallasi ei näe niitä.",
  privacy2: "Mentorisi näkee vastauksesi, jotta hän voi auttaa, jos viikko on raskas tai jos pyydät juttelua.",
  privacy3: "Opettajat näkevät vain luokan yhteenvedon, ja vain kun vähintään viisi opiskelijaa on vastannut.",
  privacy4: "Vastaukset poistetaan 13 kuukauden jälkeen. Voit pyytää koulultasi kopion kaikesta sinusta tallennetusta.",
};

export const WELLBEING_STRINGS: Record<Locale, WellbeingStrings> = { da, sv, fi, en };
