import { isActive } from "../domain/scoring/flag.js";
import type { HelpTarget } from "../domain/survey/answer.js";
import { findQuestion } from "../domain/survey/items/index.js";
import { normalisedValue, type Dimension } from "../domain/survey/question.js";
import type { Stores } from "../ports/stores.js";

/**
 * How far back "My wellbeing" looks: 26 answers is a school term (about half a year) of weekly check-ins, and one
 * single-partition query of the student's history (DESIGN §4 `history`).
 */
export const TERM_ANSWERS = 26;

export interface MyWellbeing {
  /** Per dimension, the student's own answers oldest first, normalised so that higher is always better (1-5). */
  dimensions: Array<{ dimension: Dimension; points: Array<{ at: string; value: number }> }>;
  /** Help requests a mentor has not closed yet; `seen` once a mentor acknowledged them. */
  openHelpRequests: Array<{ at: string; target: HelpTarget; seen: boolean }>;
  answeredRounds: number;
}

export type GetMyWellbeingResult = { ok: true; value: MyWellbeing } | { ok: false; reason: "notStudent" };

/**
 * A student's own view: their trend per dimension over the term and their open help requests. Only ever the
 * signed-in student's own rows (identity from the token); nobody else's answers, no scores of others, no flags'
 * wording (that is staff language).
 */
export async function getMyWellbeing(
  deps: { stores: Pick<Stores, "members" | "answers" | "flags"> },
  input: { tenantId: string; studentId: string },
): Promise<GetMyWellbeingResult> {
  const { stores } = deps;
  const classes = await stores.members.classesOf(input.tenantId, input.studentId);
  if (!classes.some((c) => c.role === "student")) return { ok: false, reason: "notStudent" };
  const [history, flags] = await Promise.all([
    stores.answers.history(input.tenantId, input.studentId, TERM_ANSWERS),
    stores.flags.listStudent(input.tenantId, input.studentId),
  ]);
  const series = new Map<Dimension, Array<{ at: string; value: number }>>();
  for (const answer of [...history].reverse()) {
    for (const [questionId, raw] of Object.entries(answer.values)) {
      const question = findQuestion(questionId);
      if (!question) continue;
      const points = series.get(question.dimension) ?? [];
      points.push({ at: answer.answeredAt, value: normalisedValue(question, raw) });
      series.set(question.dimension, points);
    }
  }
  // The mentors' open flag carries each request to talk (reason "helpRequest"): open until a mentor closes it.
  const openHelpRequests = flags
    .filter(isActive)
    .flatMap((flag) =>
      flag.reasons
        .filter((r) => r.kind === "helpRequest")
        .map((r) => ({ at: r.at, target: r.helpTarget ?? "anyone", seen: flag.status === "acknowledged" })),
    );
  return {
    ok: true,
    value: {
      dimensions: [...series].map(([dimension, points]) => ({ dimension, points })),
      openHelpRequests,
      answeredRounds: history.length,
    },
  };
}
