import type { Random } from "./prng.js";

export type NameOrigin = "da" | "sv" | "fi";

const words = (text: string): readonly string[] => text.split(" ");

/** Common first names of today's 16-19 year olds in each country; no surname goes with them in real life. */
const STUDENT_FIRST_NAMES: Record<NameOrigin, readonly string[]> = {
  da: words(
    "Freja Ida Emma Clara Mathilde Laura Asta Karla Sofie Liva Ella Alma Noah William Oscar Lucas Magnus Emil Victor Frederik Malthe Aksel Anton Silas Alfred Storm",
  ),
  sv: words("Elsa Maja Alva Wilma Saga Ebba Astrid Vera Hugo Liam Elias Nils Olle Axel Ludvig Isak Viggo Alvar"),
  fi: words("Aino Venla Helmi Aada Lilja Siiri Iida Pihla Oona Eino Väinö Leevi Onni Niilo Veeti Aapo Eetu Ilmari"),
};

/**
 * Invented surnames: each joins a Danish or Swedish part to a Finnish one (or the reverse), so a demo name is
 * very unlikely to be a real person's. Demo data must never name real people (issue 2).
 */
const INVENTED_SURNAMES: readonly string[] = words(
  "Tuulibæk Mäkistrand Lyngniemi Koivumark Sjövaara Rantalund Havniemi Vuoristrøm Fjeldlahti Mosevuori Pajuvik Kivibæk Ruskadal Aaltoskov Lindenmäki Sävsaari Strandkoski Engvaara Heinäbro Ekvuori Kuusivik Bækkilä Järvelund Skovranta Lumiholm Tammevik Granlahti Myrkoski",
);

/** Shares of first-name origin: mostly Danish, as the demo school is Danish; the rest shows sv and fi. */
const ORIGIN_WEIGHTS: ReadonlyArray<readonly [NameOrigin, number]> = [
  ["da", 0.5],
  ["sv", 0.25],
  ["fi", 0.25],
];

export interface DemoName {
  name: string;
  origin: NameOrigin;
}

/** `count` distinct invented student names, drawn from the generator in a fixed order. */
export function studentNames(random: Random, count: number): DemoName[] {
  const taken = new Set<string>();
  const names: DemoName[] = [];
  while (names.length < count) {
    const origin = pickOrigin(random.next());
    const name = `${random.pick(STUDENT_FIRST_NAMES[origin])} ${random.pick(INVENTED_SURNAMES)}`;
    if (taken.has(name)) continue;
    taken.add(name);
    names.push({ name, origin });
  }
  return names;
}

function pickOrigin(x: number): NameOrigin {
  let sum = 0;
  for (const [origin, weight] of ORIGIN_WEIGHTS) {
    sum += weight;
    if (x < sum) return origin;
  }
  return "da";
}

/** The Teams locale a demo person's client would report, by the origin of their name. */
export const LOCALE_OF_ORIGIN: Record<NameOrigin, string> = { da: "da-DK", sv: "sv-SE", fi: "fi-FI" };
