import type { ActionCard } from "../action-card.js";

/**
 * Not feeling safe, or a conflict with classmates or a teacher. Each country requires schools to have a plan
 * against bullying and harassment (DK antimobbestrategi, SE plan mot kränkande behandling, FI suunnitelma
 * opiskelijoiden suojaamiseksi...), so the card points to the school's own plan rather than restating it.
 */
export const conflictSafety: ActionCard = {
  cardId: "conflict-safety",
  answers: ["lowScore", "drop"],
  dimensions: ["safety", "teacherRelations"],
  ownerRole: "counsellor",
  // Safety cannot wait for the next weekly round; ten days leaves time for the school's plan to act.
  dueInDays: 2,
  followUpInDays: 10,
  builtIn: true,
  text: {
    da: {
      title: "Konflikt og tryghed",
      summary:
        "Eleven føler sig ikke tryg, eller der er en konflikt med klassekammerater eller en underviser. Handl hurtigt, og følg skolens procedure mod mobning og krænkelser.",
      steps: [
        "Tal med eleven på tomandshånd hurtigst muligt, og lyt uden at love noget, du ikke kan holde.",
        "Notér, hvem der er involveret, hvad der er sket, hvor og hvor ofte: fakta, ikke vurderinger.",
        "Følg skolens antimobbestrategi, og orientér ledelsen, hvis der kan være tale om mobning, krænkelser eller vold.",
        "Er konflikten med en underviser, så arrangér en samtale med en neutral person, fx en vejleder eller en leder.",
        "Aftal med eleven, hvad der kan gøre de næste dage trygge, fx hvor eleven sidder, hvem eleven kan gå til, og hvad eleven gør, hvis det sker igen.",
        "Følg op med eleven inden for en uge og igen efter ti dage: Er det stoppet?",
      ],
    },
    sv: {
      title: "Konflikt och trygghet",
      summary:
        "Eleven känner sig inte trygg, eller det finns en konflikt med klasskamrater eller en lärare. Agera snabbt och följ skolans rutiner mot kränkande behandling.",
      steps: [
        "Prata med eleven på tu man hand så snart som möjligt, och lyssna utan att lova något du inte kan hålla.",
        "Anteckna vem som är inblandad, vad som har hänt, var och hur ofta: fakta, inte värderingar.",
        "Följ skolans plan mot kränkande behandling och informera rektor om det kan röra sig om kränkningar, trakasserier eller våld.",
        "Gäller konflikten en lärare: ordna ett samtal med en neutral person, till exempel kuratorn eller någon i skolledningen.",
        "Kom överens med eleven om vad som kan göra de närmaste dagarna tryggare, till exempel var eleven sitter, vem eleven kan vända sig till och vad eleven gör om det händer igen.",
        "Följ upp med eleven inom en vecka och igen efter tio dagar: har det upphört?",
      ],
    },
    fi: {
      title: "Ristiriidat ja turvallisuus",
      summary:
        "Opiskelija ei tunne oloaan turvalliseksi, tai hänellä on ristiriita luokkatovereiden tai opettajan kanssa. Toimi nopeasti ja noudata oppilaitoksen toimintamallia kiusaamisen ja häirinnän varalle.",
      steps: [
        "Keskustele opiskelijan kanssa kahden kesken mahdollisimman pian ja kuuntele lupaamatta mitään, mitä et voi pitää.",
        "Kirjaa, keitä asia koskee, mitä on tapahtunut, missä ja kuinka usein: tosiasiat, ei arvioita.",
        "Noudata oppilaitoksen suunnitelmaa opiskelijoiden suojaamiseksi väkivallalta, kiusaamiselta ja häirinnältä, ja ilmoita johdolle, jos kyse voi olla kiusaamisesta, häirinnästä tai väkivallasta.",
        "Jos ristiriita on opettajan kanssa, järjestä keskustelu puolueettoman henkilön, esimerkiksi kuraattorin tai koulutuspäällikön, kanssa.",
        "Sopikaa opiskelijan kanssa, mikä tekisi seuraavista päivistä turvallisempia, esimerkiksi missä hän istuu, kenen puoleen hän voi kääntyä ja mitä hän tekee, jos sama toistuu.",
        "Seuraa tilannetta opiskelijan kanssa viikon sisällä ja uudelleen kymmenen päivän kuluttua: onko se loppunut?",
      ],
    },
    en: {
      title: "Conflict and safety",
      summary:
        "The student does not feel safe, or there is a conflict with classmates or a teacher. Act quickly and follow the school's procedure against bullying and harassment.",
      steps: [
        "Talk with the student in private as soon as possible, and listen without promising anything you cannot keep.",
        "Note who is involved, what has happened, where and how often: facts, not judgements.",
        "Follow the school's anti-bullying plan and inform the management if there may be bullying, harassment or violence.",
        "If the conflict is with a teacher, arrange a conversation with a neutral person, such as a counsellor or a manager.",
        "Agree with the student on what would make the coming days feel safer, for example where they sit, who they can go to and what to do if it happens again.",
        "Follow up with the student within a week and again after ten days: has it stopped?",
      ],
    },
  },
};
