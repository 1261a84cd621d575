import type { ActionCard } from "../action-card.js";

/**
 * The fallback: a general wellbeing conversation. It deliberately does not list "helpRequest" among its answers:
 * suggestCard tries the most urgent reason first, so claiming help requests here would hide a more specific card
 * (a student who asks for help and scores low on belonging should get the belonging card). A help request with
 * no more specific reason still lands here, as suggestCard's fallback is this card's id.
 */
export const generalWellbeing: ActionCard = {
  cardId: "general-wellbeing",
  answers: ["lowScore", "drop"],
  dimensions: [],
  ownerRole: "mentor",
  // A student who asked to talk should hear back within days (Howdy promises two weekdays, research/products.md).
  dueInDays: 3,
  followUpInDays: 14,
  builtIn: true,
  text: {
    da: {
      title: "Trivselssamtale",
      summary:
        "En generel samtale om, hvordan eleven har det. Brug den, når eleven beder om at tale med nogen, eller når svarene viser, at noget er galt, uden at årsagen er tydelig.",
      steps: [
        "Svar eleven hurtigt, og aftal en samtale inden for få dage et sted, hvor I ikke bliver forstyrret.",
        "Start åbent: »Hvordan har du det for tiden?« Lad eleven styre retningen.",
        "Spørg ind til skolen, vennerne, søvnen og livet uden for skolen, og til hvad der går godt.",
        "Aftal et eller to konkrete næste skridt, og hvem der gør hvad.",
        "Kommer der noget alvorligt frem, så inddrag vejlederen eller skolens psykolog samme dag.",
        "Følg op efter to uger, og sammenhold med elevens seneste svar.",
      ],
    },
    sv: {
      title: "Trivselsamtal",
      summary:
        "Ett allmänt samtal om hur eleven mår. Använd det när eleven ber att få prata med någon, eller när svaren visar att något inte står rätt till utan att orsaken är tydlig.",
      steps: [
        "Svara eleven snabbt och boka ett samtal inom några dagar, på en plats där ni inte blir störda.",
        "Börja öppet: ”Hur har du det just nu?” Låt eleven styra riktningen.",
        "Fråga om skolan, kompisar, sömn och livet utanför skolan, och om vad som går bra.",
        "Kom överens om ett eller två konkreta nästa steg och om vem som gör vad.",
        "Om något allvarligt kommer fram: koppla in elevhälsan samma dag.",
        "Följ upp efter två veckor och jämför med elevens senaste svar.",
      ],
    },
    fi: {
      title: "Hyvinvointikeskustelu",
      summary:
        "Yleinen keskustelu siitä, miten opiskelija voi. Käytä sitä, kun opiskelija pyytää saada puhua jonkun kanssa tai kun vastaukset kertovat, että jokin on vialla, vaikka syy ei ole selvä.",
      steps: [
        "Vastaa opiskelijalle nopeasti ja sovi keskustelu muutaman päivän sisälle paikkaan, jossa teitä ei häiritä.",
        "Aloita avoimesti: ”Mitä sinulle kuuluu nyt?” Anna opiskelijan ohjata keskustelun suuntaa.",
        "Kysy koulusta, kavereista, unesta ja elämästä koulun ulkopuolella sekä siitä, mikä sujuu hyvin.",
        "Sopikaa yksi tai kaksi konkreettista seuraavaa askelta ja se, kuka tekee mitä.",
        "Jos esiin nousee jotain vakavaa, ota opiskeluhuolto mukaan samana päivänä.",
        "Palaa asiaan kahden viikon kuluttua ja vertaa opiskelijan uusimpiin vastauksiin.",
      ],
    },
    en: {
      title: "Wellbeing conversation",
      summary:
        "A general conversation about how the student is doing. Use it when the student asks to talk to someone, or when the answers show that something is wrong without a clear reason.",
      steps: [
        "Reply to the student quickly and book a conversation within a few days, somewhere you will not be disturbed.",
        "Start openly: “How are things with you at the moment?” Let the student set the direction.",
        "Ask about school, friends, sleep and life outside school, and about what is going well.",
        "Agree on one or two concrete next steps, and on who does what.",
        "If something serious comes up, involve the counsellor or the student support services the same day.",
        "Follow up after two weeks and compare with the student's latest answers.",
      ],
    },
  },
};
