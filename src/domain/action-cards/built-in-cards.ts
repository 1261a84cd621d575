import type { ActionCard } from "./action-card.js";
import { absenceSilence } from "./built-in/absence-silence.js";
import { belongingLoneliness } from "./built-in/belonging-loneliness.js";
import { conflictSafety } from "./built-in/conflict-safety.js";
import { generalWellbeing } from "./built-in/general-wellbeing.js";
import { motivationProgramme } from "./built-in/motivation-programme.js";
import { stressWorkload } from "./built-in/stress-workload.js";

/**
 * The Action Cards every school starts with (issue 2 §5), in the order a picker shows them. A school may edit a
 * copy under the same id or add its own (list-action-cards overlays them). The conversation card comes first:
 * it is the fallback suggestion and the most used.
 */
export const BUILT_IN_ACTION_CARDS: readonly ActionCard[] = Object.freeze([
  generalWellbeing,
  belongingLoneliness,
  stressWorkload,
  absenceSilence,
  motivationProgramme,
  conflictSafety,
]);
