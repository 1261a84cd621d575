import type { ActionCard } from "../action-card.js";

/**
 * The student stopped answering rounds that reached them. The contact ladder (personal word, message, call,
 * guardians) follows Plug In's escalation model for students drifting away (research/products.md).
 */
export const absenceSilence: ActionCard = {
  cardId: "absence-silence",
  answers: ["silence"],
  dimensions: [],
  ownerRole: "mentor",
  // Silence is already two weeks old when it flags: reach out within days, look again after one more round.
  dueInDays: 3,
  followUpInDays: 7,
  builtIn: true,
  text: {
    da: {
      title: "Fravær og tavshed",
      summary:
        "Eleven er holdt op med at svare på trivselsmålingerne. Tavshed kan betyde mange ting: Tag personligt kontakt, og find ud af, om der er sket noget.",
      steps: [
        "Tag personligt kontakt inden for få dage: Sig hej i undervisningen, eller skriv en kort, venlig besked i Teams. Gør det klart, at du spørger, fordi du bekymrer dig, ikke for at kontrollere.",
        "Tjek fremmøde og afleveringer i skolens systemer for at se, om tavsheden også viser sig andre steder.",
        "Spørg klassens undervisere, om de har bemærket en forandring.",
        "Er der ingen kontakt inden for en uge, så ring til eleven, og inddrag forældrene, hvis eleven er under 18.",
        "Aftal med eleven, hvordan I holder kontakten de næste uger, og følg op efter en uge.",
      ],
    },
    sv: {
      title: "Frånvaro och tystnad",
      summary:
        "Eleven har slutat svara på trivselenkäterna. Tystnad kan betyda många saker: ta personlig kontakt och ta reda på om något har hänt.",
      steps: [
        "Ta personlig kontakt inom några dagar: säg hej på lektionen eller skriv ett kort, vänligt meddelande i Teams. Var tydlig med att du frågar för att du bryr dig, inte för att kontrollera.",
        "Titta på närvaro och inlämningar i skolans system för att se om tystnaden märks även där.",
        "Fråga klassens lärare om de har märkt någon förändring.",
        "Får du ingen kontakt inom en vecka: ring eleven och kontakta vårdnadshavare om eleven är under 18 år.",
        "Kom överens med eleven om hur ni håller kontakten de närmaste veckorna och följ upp efter en vecka.",
      ],
    },
    fi: {
      title: "Poissaolot ja hiljaisuus",
      summary:
        "Opiskelija on lakannut vastaamasta hyvinvointikyselyihin. Hiljaisuus voi tarkoittaa monta asiaa: ota henkilökohtaisesti yhteyttä ja selvitä, onko jotain tapahtunut.",
      steps: [
        "Ota henkilökohtaisesti yhteyttä muutaman päivän sisällä: tervehdi tunnilla tai kirjoita lyhyt, ystävällinen viesti Teamsissa. Kerro, että kysyt, koska välität, et valvoaksesi.",
        "Tarkista läsnäolot ja palautukset oppilaitoksen järjestelmistä, niin näet, näkyykö hiljaisuus muuallakin.",
        "Kysy ryhmän opettajilta, ovatko he huomanneet muutosta.",
        "Jos yhteyttä ei synny viikon kuluessa, soita opiskelijalle ja ole yhteydessä huoltajiin, jos opiskelija on alle 18-vuotias.",
        "Sovi opiskelijan kanssa, miten pidätte yhteyttä seuraavien viikkojen aikana, ja palaa asiaan viikon kuluttua.",
      ],
    },
    en: {
      title: "Absence and silence",
      summary:
        "The student has stopped answering the check-ins. Silence can mean many things: reach out personally and find out whether something has happened.",
      steps: [
        "Reach out personally within a few days: say hello in class or write a short, friendly message in Teams. Make clear that you ask because you care, not to check up on them.",
        "Look at attendance and assignments in the school's systems to see whether the silence shows there too.",
        "Ask the class's teachers whether they have noticed any change.",
        "If there is no contact within a week, call the student, and involve their parents or guardians if the student is under 18.",
        "Agree with the student on how you will keep in touch over the coming weeks, and follow up after a week.",
      ],
    },
  },
};
