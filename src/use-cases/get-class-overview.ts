import type { Locale } from "../domain/locale.js";
import { classAccess, type Actor } from "../domain/privacy/access.js";
import { guardedMean, MIN_RESPONDENTS } from "../domain/privacy/k-anonymity.js";
import type { Dimension } from "../domain/survey/question.js";
import type { Stores } from "../ports/stores.js";

/** Rounds shown in the class view: two months of weekly rounds, one screen (issue 2 §5). */
export const OVERVIEW_ROUNDS = 8;

export interface QuestionAggregate {
  questionId: string;
  dimension: Dimension;
  text: string;
  /** Mean on the question's own 1-5 scale; null when fewer than `minRespondents` answered it. */
  mean: number | null;
  hidden: boolean;
  /** Why it is hidden: too few answered, or the round is still open (see getClassOverview). */
  hiddenBecause?: "tooFewRespondents" | "roundOpen";
}

export interface RoundOverview {
  roundId: string;
  opensAt: string;
  closesAt: string;
  status: "open" | "closed";
  respondents: number;
  /** Respondents over students on the roster, 0..1; participation reveals nobody's answers. */
  participation: number | null;
  questions: QuestionAggregate[];
}

export interface ClassOverview {
  classId: string;
  name: string;
  level: string;
  programme: string;
  students: number;
  minRespondents: number;
  rounds: RoundOverview[];
}

export type ClassOverviewResult =
  { ok: true; overview: ClassOverview } | { ok: false; error: "forbidden" | "notFound" };

/**
 * Participation and per-question class means for the class's latest rounds. Teachers of the class and
 * coordinators only; every mean over fewer than MIN_RESPONDENTS answers is hidden (DESIGN §6), and no
 * individual answer or student id leaves this function.
 */
export async function getClassOverview(
  stores: Stores,
  actor: Actor,
  classId: string,
  locale: Locale,
): Promise<ClassOverviewResult> {
  if (classAccess(actor, classId) === "none") return { ok: false, error: "forbidden" };
  const { tenantId } = actor;
  const [schoolClass, members, rounds] = await Promise.all([
    stores.classes.get(tenantId, classId),
    stores.members.list(tenantId, classId),
    stores.rounds.latest(tenantId, classId, OVERVIEW_ROUNDS),
  ]);
  if (!schoolClass) return { ok: false, error: "notFound" };
  const students = members.filter((m) => m.role === "student").length;
  const overviews = await Promise.all(
    rounds.map(async (round): Promise<RoundOverview> => {
      const answers = await stores.answers.listRound(tenantId, round.roundId);
      return {
        roundId: round.roundId,
        opensAt: round.opensAt,
        closesAt: round.closesAt,
        status: round.status,
        respondents: answers.length,
        participation: students > 0 ? Math.round((answers.length / students) * 100) / 100 : null,
        questions: round.questions.map((q) => {
          const values = answers.map((a) => a.values[q.id]).filter((v): v is number => v !== undefined);
          // An open round's mean would move answer by answer, and two means a single answer apart reveal that
          // answer (differencing); so means appear once the round has closed, over its final respondents.
          const open = round.status === "open";
          const mean = open ? null : guardedMean(values);
          const base = { questionId: q.id, dimension: q.dimension, text: q.text[locale], mean, hidden: mean === null };
          if (mean !== null) return base;
          return { ...base, hiddenBecause: open ? ("roundOpen" as const) : ("tooFewRespondents" as const) };
        }),
      };
    }),
  );
  return {
    ok: true,
    overview: {
      classId,
      name: schoolClass.name,
      level: schoolClass.level,
      programme: schoolClass.programme,
      students,
      minRespondents: MIN_RESPONDENTS,
      rounds: overviews,
    },
  };
}
