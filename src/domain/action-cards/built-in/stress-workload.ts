import type { ActionCard } from "../action-card.js";

/** Stress, workload and low energy: plan the load before it turns into absence. */
export const stressWorkload: ActionCard = {
  cardId: "stress-workload",
  answers: ["lowScore", "drop"],
  dimensions: ["workload", "energy"],
  ownerRole: "mentor",
  // A plan within a week; two weeks shows whether the lighter load helped.
  dueInDays: 7,
  followUpInDays: 14,
  builtIn: true,
  text: {
    da: {
      title: "Stress og arbejdspres",
      summary:
        "Eleven er stresset eller løbet tør for energi. Skab sammen overblik over belastningen, og lav en realistisk plan for de kommende uger.",
      steps: [
        "Tal med eleven om, hvad der fylder mest lige nu: opgaver, prøver, fritidsjob, søvn eller noget uden for skolen.",
        "Gennemgå frister og manglende afleveringer sammen, og vælg de to-tre, der betyder mest.",
        "Aftal med underviserne prioriteringer, udskudte frister eller en mindre belastning i en afgrænset periode.",
        "Tal om søvn, mad og pauser, og aftal én lille ændring, som eleven prøver i denne uge.",
        "Har stressen stået på længe, eller påvirker den søvn og helbred, så tilbyd kontakt til skolens vejleder eller en psykolog.",
        "Følg op efter to uger: Virker planen, og har eleven fået mere energi?",
      ],
    },
    sv: {
      title: "Stress och arbetsbelastning",
      summary:
        "Eleven är stressad eller har slut på energi. Skapa tillsammans en överblick över belastningen och gör en realistisk plan för de kommande veckorna.",
      steps: [
        "Prata med eleven om vad som tar mest kraft just nu: uppgifter, prov, extrajobb, sömn eller något utanför skolan.",
        "Gå tillsammans igenom inlämningsdatum och uppgifter som saknas, och välj ut de två eller tre som är viktigast.",
        "Kom överens med lärarna om prioriteringar, senare inlämning eller minskad belastning under en begränsad period.",
        "Prata om sömn, mat och pauser, och kom överens om en liten förändring som eleven provar den här veckan.",
        "Om stressen har pågått länge eller påverkar sömn och hälsa: erbjud kontakt med kuratorn eller elevhälsan.",
        "Följ upp efter två veckor: fungerar planen och har eleven fått mer energi?",
      ],
    },
    fi: {
      title: "Stressi ja kuormitus",
      summary:
        "Opiskelija on stressaantunut tai hänen voimansa ovat lopussa. Hahmottakaa yhdessä kokonaiskuormitus ja tehkää realistinen suunnitelma tuleville viikoille.",
      steps: [
        "Keskustele opiskelijan kanssa siitä, mikä kuormittaa eniten juuri nyt: tehtävät, kokeet, työ opintojen ohella, uni vai asiat koulun ulkopuolella.",
        "Käykää yhdessä läpi määräajat ja puuttuvat palautukset, ja valitkaa niistä kaksi tai kolme tärkeintä.",
        "Sovi opettajien kanssa painopisteistä, pidennetyistä määräajoista tai kevyemmästä kuormasta rajatuksi ajaksi.",
        "Puhukaa unesta, ruoasta ja tauoista, ja sopikaa yksi pieni muutos, jota opiskelija kokeilee tällä viikolla.",
        "Jos stressi on jatkunut pitkään tai vaikuttaa uneen ja terveyteen, tarjoa yhteyttä opiskeluhuoltoon, esimerkiksi kuraattoriin tai terveydenhoitajaan.",
        "Seuraa tilannetta kahden viikon kuluttua: toimiiko suunnitelma ja jaksaako opiskelija paremmin?",
      ],
    },
    en: {
      title: "Stress and workload",
      summary:
        "The student is stressed or out of energy. Get an overview of the load together and make a realistic plan for the coming weeks.",
      steps: [
        "Talk with the student about what weighs most right now: assignments, exams, a part-time job, sleep or things outside school.",
        "Go through deadlines and missing assignments together and pick the two or three that matter most.",
        "Agree with the teachers on priorities, extended deadlines or a lighter load for a limited period.",
        "Talk about sleep, food and breaks, and agree on one small change the student will try this week.",
        "If the stress has lasted long or affects sleep and health, offer contact with the counsellor or the school's health services.",
        "Follow up after two weeks: is the plan working, and does the student have more energy?",
      ],
    },
  },
};
