import { isActive, type FlagReasonKind } from "../scoring/flag.js";
import type { HelpRequest } from "../survey/answer.js";
import { SCALE_MAX, SCALE_MIN } from "../survey/question.js";
import type { ReplayedStudent } from "./replay-history.js";
import type { Persona } from "./demo-school.js";
import type { Random } from "./prng.js";

/** Six weekly rounds of history (issue 2), all closed. */
export const DEMO_ROUNDS = 6;
const LATEST = DEMO_ROUNDS - 1;

/** One student in one round: values follow CORE_QUESTIONS' order (mood, belonging, energy). */
export type RoundPlan =
  | { kind: "answer"; values: number[]; help?: HelpRequest; hoursAfterOpening: number }
  | { kind: "missed" }
  | { kind: "unreached" };

const clamp = (x: number, low = SCALE_MIN): number => Math.max(low, Math.min(SCALE_MAX, Math.round(x)));
/** Answers arrive during the first day of a round, so every answer lies in the past. */
const answered = (random: Random, values: number[], help?: HelpRequest): RoundPlan => ({
  kind: "answer",
  values,
  hoursAfterOpening: random.int(1, 20),
  ...(help ? { help } : {}),
});
const noise = (random: Random): number => (random.chance(0.15) ? -1 : random.chance(0.18) ? 1 : 0);
const steady = (random: Random, levels: number[], floor: number): number[] =>
  levels.map((level) => clamp(level + noise(random), floor));

/** A student writes in their own language; keyed by the locale's language part. */
const HELP_NOTES: Record<string, string> = {
  da: "Kan vi tale sammen i denne uge?",
  sv: "Kan vi prata någon gång den här veckan?",
  fi: "Voisimmeko jutella tällä viikolla?",
};

/** Draws one student's six rounds for a persona. `variant` spreads students of a persona over dimensions. */
export function planPersona(persona: Persona, random: Random, variant: number, locale: string): RoundPlan[] {
  const levels = [0, 1, 2].map(() => random.int(4, 5));
  const plans: RoundPlan[] = [];
  for (let r = 0; r < DEMO_ROUNDS; r++) plans.push(answered(random, steady(random, levels, 3)));
  switch (persona) {
    case "thriving": {
      // Real classes are not perfect: some miss a single week, and some skipped the latest round.
      if (random.chance(0.12)) plans[random.int(0, LATEST - 2)] = { kind: "missed" };
      if (random.chance(0.25)) plans[LATEST] = { kind: "missed" };
      return plans;
    }
    case "declining": {
      // Two dimensions slide by about half a point a week; which two alternates (mood+energy or mood+belonging).
      const sliding = variant % 2 === 0 ? [0, 2] : [0, 1];
      const slopes = levels.map((_, d) => (sliding.includes(d) ? random.int(45, 60) / 100 : 0));
      return plans.map((_, r) =>
        answered(
          random,
          levels.map((level, d) => clamp(level - (slopes[d] ?? 0) * r)),
        ),
      );
    }
    case "suddenDrop": {
      const focus = variant % 3 === 0 ? 1 : variant % 3 === 1 ? 2 : 0;
      const weeks = random.int(1, 2);
      for (let r = DEMO_ROUNDS - weeks; r < DEMO_ROUNDS; r++) {
        const values = levels.map((level, d) => (d === focus ? random.int(1, 2) : clamp(level - random.int(0, 1), 3)));
        plans[r] = answered(random, values);
      }
      return plans;
    }
    case "silent": {
      const quietWeeks = random.int(2, 3);
      const ordinary = levels.map((level) => level - 1);
      for (let r = 0; r < DEMO_ROUNDS; r++) {
        plans[r] = r >= LATEST - quietWeeks ? { kind: "missed" } : answered(random, steady(random, ordinary, 3));
      }
      return plans;
    }
    case "helpRequest": {
      const ordinary = levels.map((level) => level - 1);
      for (let r = 0; r < LATEST; r++) plans[r] = answered(random, steady(random, ordinary, 3));
      const help: HelpRequest = { target: random.pick(["mentor", "counsellor", "anyone"] as const) };
      const note = HELP_NOTES[locale.slice(0, 2)];
      if (note && random.chance(0.5)) help.note = note;
      // Half of them also score low on belonging (a more specific card fits); the rest only ask to talk.
      plans[LATEST] = answered(random, variant % 2 === 0 ? [3, 2, ordinary[2] ?? 3] : ordinary, help);
      return plans;
    }
    case "unreachable": {
      // The bot was blocked two weeks ago: failed deliveries are our problem, never the student's silence.
      plans[LATEST - 1] = { kind: "unreached" };
      plans[LATEST] = { kind: "unreached" };
      return plans;
    }
  }
}

const SCORE_KINDS: readonly FlagReasonKind[] = ["lowScore", "drop"];

/**
 * Whether a replayed student shows what the persona promises; the generator re-draws a student until it does,
 * so the demo keeps its story even when the rules are tuned. `roundIndex` maps a round id to 0..5.
 */
export function personaHolds(persona: Persona, result: ReplayedStudent, roundIndex: (id: string) => number): boolean {
  const flag = result.flag;
  if (persona === "thriving" || persona === "unreachable") return flag === undefined;
  if (!flag || !isActive(flag)) return false;
  const reasons = flag.reasons;
  const all = (test: (kind: FlagReasonKind, round: number) => boolean) =>
    reasons.every((r) => test(r.kind, roundIndex(r.roundId)));
  switch (persona) {
    case "declining":
      return all((kind, round) => SCORE_KINDS.includes(kind) && round >= 3);
    case "suddenDrop":
      return all((kind, round) => SCORE_KINDS.includes(kind) && round >= LATEST - 1);
    case "silent":
      return all((kind) => kind === "silence");
    case "helpRequest":
      return (
        flag.severity === 3 && reasons.some((r) => r.kind === "helpRequest") && all((_, round) => round === LATEST)
      );
  }
}
