import { gaussian, mulberry32 } from "./prng.js";

/** Latent wellbeing trajectories of the synthetic cohort (issue 5). */
export const TRAJECTORIES = ["stable", "slowDecline", "suddenDrop", "disengage", "recovery"] as const;
export type Trajectory = (typeof TRAJECTORIES)[number];

/** Share of each trajectory in the cohort: most students are fine; a minority declines. */
const MIX: Record<Trajectory, number> = {
  stable: 0.7,
  slowDecline: 0.1,
  suddenDrop: 0.07,
  disengage: 0.06,
  recovery: 0.07,
};

export interface SimStudent {
  id: string;
  trajectory: Trajectory;
  /** Latent wellbeing per week on the 1-5 scale. */
  latent: number[];
  /** Week index of the simulated crisis (latent below CRISIS_LEVEL, or fully disengaged); undefined if none. */
  crisisWeek: number | undefined;
  /** Probability of missing a round that reached them, per week. */
  missProbability: number[];
  /** Week the trajectory starts to change (decline or recovery). */
  onset: number;
}

/** Latent level below which a student is "in crisis" in the simulation. */
export const CRISIS_LEVEL = 2.0;

const clamp = (x: number) => Math.min(5, Math.max(1, x));

export function buildCohort(size: number, weeks: number, seed: number): SimStudent[] {
  const random = mulberry32(seed);
  const students: SimStudent[] = [];
  for (let i = 0; i < size; i++) {
    const trajectory = pickTrajectory(random());
    const start = clamp(3.9 + 0.45 * gaussian(random));
    const latent: number[] = [];
    const miss: number[] = [];
    // Onset of decline: after at least 5 weeks so a personal baseline exists, as in a real term.
    const onset = 5 + Math.floor(random() * (weeks - 10));
    const baseMiss = 0.05 + 0.08 * random();
    let crisisWeek: number | undefined;
    for (let w = 0; w < weeks; w++) {
      let level = start;
      let missP = baseMiss;
      if (trajectory === "slowDecline" && w > onset) level = start - 0.22 * (w - onset);
      if (trajectory === "suddenDrop" && w >= onset) level = start - 1.2 - 0.25 * (w - onset);
      if (trajectory === "disengage" && w > onset) {
        // Answers get patchy for weeks before they stop: disengagement ramps, it rarely flips overnight.
        level = start - 0.15 * (w - onset);
        missP = Math.min(1, baseMiss + 0.16 * (w - onset));
      }
      if (trajectory === "recovery") level = w < onset ? start - 1.4 : Math.min(start, start - 1.4 + 0.3 * (w - onset));
      level = clamp(level + 0.15 * gaussian(random));
      latent.push(level);
      miss.push(missP);
      if (crisisWeek === undefined && trajectory !== "stable" && trajectory !== "recovery") {
        const fullyGone = trajectory === "disengage" && missP >= 0.95;
        // A crisis is relative to the student's own normal: a fall of 1.5+ points, or the bottom of the scale.
        if (level < Math.min(CRISIS_LEVEL, start - 1.5) || fullyGone) crisisWeek = w;
      }
    }
    students.push({ id: `sim-${i}`, trajectory, latent, crisisWeek, missProbability: miss, onset });
  }
  return students;
}

function pickTrajectory(u: number): Trajectory {
  let acc = 0;
  for (const t of TRAJECTORIES) {
    acc += MIX[t];
    if (u < acc) return t;
  }
  return "stable";
}

/** One observed answer to an item: the latent level plus item noise, rounded onto the 1-5 scale. */
export function observe(latent: number, random: () => number, noise = 0.55): number {
  return Math.round(clamp(latent + noise * gaussian(random)));
}
