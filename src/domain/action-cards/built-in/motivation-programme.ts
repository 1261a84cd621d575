import type { ActionCard } from "../action-card.js";

/** Falling motivation or thoughts of dropping out: the choice of programme is study guidance's field. */
export const motivationProgramme: ActionCard = {
  cardId: "motivation-programme",
  answers: ["dropoutThoughts", "lowScore", "drop"],
  dimensions: ["motivation", "dropoutThoughts"],
  ownerRole: "studyGuidance",
  // A meeting within a week; options like a change of programme take a few weeks to arrange and try.
  dueInDays: 7,
  followUpInDays: 21,
  builtIn: true,
  text: {
    da: {
      title: "Motivation og uddannelsesvalg",
      summary:
        "Eleven mister motivationen eller overvejer at stoppe. Tal åbent om uddannelsesvalget, og se på mulighederne, før der træffes en beslutning.",
      steps: [
        "Tag en fordomsfri samtale: Hvad håbede eleven på med uddannelsen, og hvad har vist sig at være anderledes?",
        "Find ud af, om det er faget, klassen, arbejdsbyrden eller noget uden for skolen, der trækker motivationen ned.",
        "Inddrag studievejledningen, og gennemgå mulighederne: ekstra støtte, et andet speciale, skift af uddannelse eller en praktikplads.",
        "Aftal ét konkret mål for de næste to uger, som eleven kan lykkes med.",
        "Overvejer eleven at stoppe, så sørg for, at eleven kender konsekvenserne og alternativerne, før beslutningen tages, og aftal et nyt møde.",
        "Følg op efter tre uger sammen med elevens mentor.",
      ],
    },
    sv: {
      title: "Motivation och programval",
      summary:
        "Eleven tappar motivationen eller funderar på att hoppa av. Prata öppet om programvalet och se över alternativen innan något beslut fattas.",
      steps: [
        "Ha ett samtal utan pekpinnar: vad hoppades eleven på med utbildningen, och vad har blivit annorlunda?",
        "Ta reda på om det är ämnet, klassen, arbetsbelastningen eller något utanför skolan som drar ner motivationen.",
        "Ta in studie- och yrkesvägledaren och gå igenom alternativen: extra stöd, en annan inriktning, programbyte eller en annan APL-plats.",
        "Kom överens om ett konkret mål för de närmaste två veckorna som eleven kan lyckas med.",
        "Om eleven funderar på att hoppa av: se till att eleven känner till konsekvenserna och alternativen innan beslutet fattas, och boka ett nytt möte.",
        "Följ upp efter tre veckor tillsammans med elevens mentor.",
      ],
    },
    fi: {
      title: "Motivaatio ja alan valinta",
      summary:
        "Opiskelijan motivaatio hiipuu tai hän harkitsee opintojen keskeyttämistä. Keskustelkaa avoimesti alan valinnasta ja käykää vaihtoehdot läpi ennen kuin mitään päätetään.",
      steps: [
        "Käy keskustelu syyllistämättä: mitä opiskelija toivoi opinnoilta ja mikä on osoittautunut toisenlaiseksi?",
        "Selvitä, johtuuko motivaation lasku alasta itsestään, ryhmästä, työmäärästä vai jostain koulun ulkopuolisesta.",
        "Ota mukaan opinto-ohjaaja ja käykää vaihtoehdot läpi: lisätuki, toinen osaamisala, alanvaihto tai työelämässä oppiminen.",
        "Sopikaa yksi konkreettinen tavoite seuraaville kahdelle viikolle, jossa opiskelija voi onnistua.",
        "Jos opiskelija harkitsee keskeyttämistä, varmista, että hän tuntee seuraukset ja vaihtoehdot ennen päätöstä, ja sopikaa uusi tapaaminen.",
        "Palaa asiaan kolmen viikon kuluttua yhdessä opiskelijan ryhmänohjaajan kanssa.",
      ],
    },
    en: {
      title: "Motivation and choice of programme",
      summary:
        "The student is losing motivation or thinking about dropping out. Talk openly about the choice of programme and look at the options before anything is decided.",
      steps: [
        "Have a conversation without judgement: what did the student hope for from the programme, and what has turned out differently?",
        "Find out whether it is the subject itself, the class, the workload or something outside school that pulls the motivation down.",
        "Bring in study guidance and go through the options: extra support, another specialisation, a change of programme or a different work placement.",
        "Agree on one concrete goal for the next two weeks that the student can succeed with.",
        "If the student is thinking about dropping out, make sure they know the consequences and alternatives before deciding, and book a new meeting.",
        "Follow up after three weeks together with the student's mentor.",
      ],
    },
  },
};
