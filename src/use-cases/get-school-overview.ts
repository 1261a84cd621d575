import { isActive } from "../domain/scoring/flag.js";
import { FLAG_REASON_KINDS, type FlagReasonKind } from "../domain/scoring/flag.js";
import type { Actor } from "../domain/privacy/access.js";
import { visibleAggregates } from "../domain/privacy/differencing.js";
import { MIN_RESPONDENTS } from "../domain/privacy/k-anonymity.js";
import type { SchoolClass } from "../domain/school/school.js";
import type { Stores } from "../ports/stores.js";
import { cardEffects, type CardEffect } from "./card-effects.js";
import { latestReasons } from "./student-views.js";
import { meanOf, wellbeingScore } from "./wellbeing-score.js";

/** A count or mean over a group; null when hidden (fewer than k, or derivable from the others). */
export interface GroupFigure {
  id: string;
  name: string;
  level: string;
  students: number;
  respondents: number;
  participation: number | null;
  mean: number | null;
}

export interface SchoolOverview {
  minRespondents: number;
  classes: GroupFigure[];
  levels: GroupFigure[];
  school: GroupFigure;
  /** Students with an active flag per reason; null under k (a small count can point at someone). */
  flagsByReason: Array<{ reason: FlagReasonKind; students: number | null }>;
  cards: CardEffect[];
}

interface ClassFacts {
  schoolClass: SchoolClass;
  students: string[];
  scores: Map<string, number>;
  reasons: Map<string, Set<FlagReasonKind>>;
}

/**
 * The coordinator's school view: per class, per level (GF1 against GF2...) and for the school, each class's latest
 * closed check-in. Every figure is over k >= 5 people and the set of shown means passes the differencing guard,
 * so no class too small to show can be worked out from a level or the school. Reads one partition per class
 * (roster, latest rounds, answers of one round, student states) plus point reads for flags and each student's
 * cases (card effects).
 */
export async function getSchoolOverview(stores: Stores, actor: Actor): Promise<SchoolOverview | undefined> {
  if (!actor.isCoordinator) return undefined;
  const classes = (await stores.classes.list(actor.tenantId)).filter((c) => c.installed);
  const facts = await Promise.all(classes.map((c) => readClass(stores, c)));
  const figure = (id: string, name: string, level: string, parts: ClassFacts[]) => {
    const scores = parts.flatMap((p) => [...p.scores.entries()]);
    const students = parts.reduce((n, p) => n + p.students.length, 0);
    return {
      group: { id, members: scores.map(([student]) => student) },
      figure: {
        id,
        name,
        level,
        students,
        respondents: scores.length,
        participation: students > 0 ? Math.round((scores.length / students) * 100) / 100 : null,
        mean: scores.length > 0 ? meanOf(scores.map(([, v]) => v)) : null,
      } satisfies GroupFigure,
    };
  };
  const classFigures = facts.map((f) => figure(f.schoolClass.classId, f.schoolClass.name, f.schoolClass.level, [f]));
  const levels = [...new Set(classes.map((c) => c.level))].sort();
  const levelFigures = levels.map((level) =>
    figure(
      `level:${level}`,
      level,
      level,
      facts.filter((f) => f.schoolClass.level === level),
    ),
  );
  const schoolFigure = figure("school", "", "", facts);
  const all = [...classFigures, ...levelFigures, schoolFigure];
  const shown = visibleAggregates(all.map((x) => x.group));
  const guard = (x: (typeof all)[number]): GroupFigure =>
    shown.has(x.figure.id) ? x.figure : { ...x.figure, mean: null };

  const flagged = new Map<FlagReasonKind, number>();
  for (const f of facts) {
    for (const kinds of f.reasons.values()) for (const kind of kinds) flagged.set(kind, (flagged.get(kind) ?? 0) + 1);
  }
  const studentIds = facts.flatMap((f) => f.students);
  return {
    minRespondents: MIN_RESPONDENTS,
    classes: classFigures.map(guard),
    levels: levelFigures.map(guard),
    school: guard(schoolFigure),
    flagsByReason: FLAG_REASON_KINDS.map((reason) => {
      const n = flagged.get(reason) ?? 0;
      return { reason, students: n === 0 || n >= MIN_RESPONDENTS ? n : null };
    }),
    cards: await cardEffects(stores, actor.tenantId, studentIds),
  };
}

async function readClass(stores: Stores, schoolClass: SchoolClass): Promise<ClassFacts> {
  const { tenantId, classId } = schoolClass;
  const [members, rounds, states] = await Promise.all([
    stores.members.list(tenantId, classId),
    stores.rounds.latest(tenantId, classId, 4),
    stores.studentStates.listClass(tenantId, classId),
  ]);
  const students = members.filter((m) => m.role === "student").map((m) => m.userId);
  // Only a closed round: an open round's mean would change answer by answer, and each step would reveal one.
  const round = rounds.find((r) => r.status === "closed");
  const scores = new Map<string, number>();
  if (round) {
    for (const answer of await stores.answers.listRound(tenantId, round.roundId)) {
      const score = wellbeingScore(answer, round.questions);
      if (score !== undefined) scores.set(answer.studentId, score);
    }
  }
  const reasons = new Map<string, Set<FlagReasonKind>>();
  await Promise.all(
    states
      .filter((s) => s.flagId)
      .map(async (s) => {
        const flag = (await stores.flags.get(tenantId, s.studentId, s.flagId ?? ""))?.value;
        if (flag && isActive(flag)) reasons.set(s.studentId, new Set(latestReasons(flag.reasons).map((r) => r.kind)));
      }),
  );
  return { schoolClass, students, scores, reasons };
}
