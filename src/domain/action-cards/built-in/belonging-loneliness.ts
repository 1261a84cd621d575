import type { ActionCard } from "../action-card.js";

/** Low or falling sense of belonging in class: the most common early sign before a student drops out (HITT). */
export const belongingLoneliness: ActionCard = {
  cardId: "belonging-loneliness",
  answers: ["lowScore", "drop"],
  dimensions: ["belonging"],
  ownerRole: "mentor",
  // A conversation within the school week; two weeks gives two more check-ins to compare with.
  dueInDays: 5,
  followUpInDays: 14,
  builtIn: true,
  text: {
    da: {
      title: "Fællesskab og ensomhed",
      summary:
        "Eleven føler sig uden for fællesskabet i klassen. Find ud af, hvad der ligger bag, og sørg for, at eleven har nogen at være sammen med på skolen.",
      steps: [
        "Tag en kort, uformel samtale på tomandshånd inden for få dage: spørg ind til klassen og pauserne, ikke bare om det går godt.",
        "Find sammen ud af, hvor det er sværest: gruppearbejde, pauser, frokost, værkstedet eller online.",
        "Aftal med underviserne en god gruppesammensætning de næste uger, med klassekammerater, eleven er tryg ved.",
        "Vis eleven vej til ét konkret fællesskab: lektiecafé, en klub, en makker eller en fælles aktivitet på skolen.",
        "Følg op efter to uger, og sammenhold med elevens seneste svar.",
      ],
    },
    sv: {
      title: "Gemenskap och ensamhet",
      summary:
        "Eleven känner sig utanför gemenskapen i klassen. Ta reda på vad som ligger bakom och se till att eleven har någon att vara med i skolan.",
      steps: [
        "Ta ett kort, avslappnat samtal på tu man hand inom några dagar: fråga hur eleven har det i klassen och på rasterna, inte bara om allt är bra.",
        "Ta tillsammans reda på var det är svårast: grupparbeten, raster, lunchen, verkstaden eller på nätet.",
        "Kom överens med lärarna om en bra gruppindelning de närmaste veckorna, med klasskamrater som eleven känner sig trygg med.",
        "Hjälp eleven att hitta en konkret gemenskap: läxhjälp, en förening, en studiekompis eller en gemensam aktivitet på skolan.",
        "Följ upp efter två veckor och jämför med elevens senaste svar.",
      ],
    },
    fi: {
      title: "Yhteenkuuluvuus ja yksinäisyys",
      summary:
        "Opiskelija kokee jäävänsä ryhmän ulkopuolelle. Selvitä, mistä se johtuu, ja varmista, että hänellä on oppilaitoksessa joku, jonka kanssa olla.",
      steps: [
        "Käy muutaman päivän sisällä lyhyt, rento keskustelu kahden kesken: kysy, millaista ryhmässä ja tauoilla on, eikä vain sitä, onko kaikki hyvin.",
        "Selvitä yhdessä opiskelijan kanssa, missä on vaikeinta: ryhmätöissä, tauoilla, ruokailussa, työsalissa vai verkossa.",
        "Sovi opettajien kanssa seuraaviksi viikoiksi ryhmäjaot, joissa opiskelijan kanssa on luokkatovereita, joiden seurassa hän tuntee olonsa turvalliseksi.",
        "Auta opiskelijaa löytämään yksi konkreettinen yhteisö: läksykerho, harrastusryhmä, opiskelukaveri tai oppilaitoksen yhteinen toiminta.",
        "Palaa asiaan kahden viikon kuluttua ja vertaa opiskelijan uusimpiin vastauksiin.",
      ],
    },
    en: {
      title: "Belonging and loneliness",
      summary:
        "The student feels outside the class community. Find out what lies behind it and make sure they have someone to be with at school.",
      steps: [
        "Have a short, informal conversation in private within a few days: ask about the class and the breaks, not just whether everything is fine.",
        "Find out together where it is hardest: group work, breaks, lunch, the workshop or online.",
        "Agree with the teachers on good groupings for the next few weeks, with classmates the student feels safe with.",
        "Point the student to one concrete community: a study café, a club, a study buddy or a shared activity at school.",
        "Follow up after two weeks and compare with the student's latest answers.",
      ],
    },
  },
};
