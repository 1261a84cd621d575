import type { ActionCard } from "../domain/action-cards/action-card.js";
import { suggestCard } from "../domain/action-cards/suggest-card.js";
import type { Locale } from "../domain/locale.js";
import type { Actor } from "../domain/privacy/access.js";
import type { MentorRole, Mentorship } from "../domain/school/school.js";
import { isActive, type Flag, type FlagReasonKind, type FlagStatus } from "../domain/scoring/flag.js";
import { explainReason } from "../i18n/explain-flag.js";
import type { Clock } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";
import { listActionCards } from "./list-action-cards.js";
import { latestReasons, summarizeOpenCase, type CaseSummary } from "./student-views.js";

export type { CaseSummary };

/** One row of "My students". Severity 0 means no active flag. */
export interface MyStudentRow {
  studentId: string;
  name: string;
  classId: string;
  className: string;
  mentorRole: MentorRole;
  severity: 0 | 1 | 2 | 3;
  flagId: string | undefined;
  flagStatus: FlagStatus | undefined;
  reasons: Array<{ kind: FlagReasonKind; text: string }>;
  lastAnsweredAt: string | undefined;
  trend: number[];
  openCase: CaseSummary | undefined;
  suggestedCardId: string | undefined;
  suggestedCardTitle: string | undefined;
}

export interface ListMyStudentsDeps {
  stores: Stores;
  clock: Clock;
}

/**
 * The mentor's students, flagged first (severity, then most recently flagged), each read with point reads and
 * single-partition queries only (DESIGN §4). Every student shown is a staff read, so each is audited
 * (in batches: one storage request per 100 students).
 */
export async function listMyStudents(deps: ListMyStudentsDeps, actor: Actor, locale: Locale): Promise<MyStudentRow[]> {
  const { stores } = deps;
  const { tenantId } = actor;
  const [mentorships, library] = await Promise.all([
    stores.mentorships.studentsOf(tenantId, actor.userId),
    listActionCards(stores, tenantId),
  ]);
  const classNames = await readClassNames(stores, tenantId, mentorships);
  const rows = await Promise.all(mentorships.map((m) => readRow(stores, m, library, locale, classNames)));
  const at = deps.clock.now().toISOString();
  // One audit row per student shown, written as a batch (one request per 100 rows), before anything is shown.
  await stores.audit.recordMany(
    mentorships.map((m) => ({
      tenantId,
      actorId: actor.userId,
      action: "read" as const,
      subjectStudentId: m.studentId,
      what: "myStudents",
      at,
    })),
  );
  return rows.sort(byAttention).map((r) => r.row);
}

interface SortableRow {
  row: MyStudentRow;
  flaggedAt: string;
}

function byAttention(a: SortableRow, b: SortableRow): number {
  return (
    b.row.severity - a.row.severity || b.flaggedAt.localeCompare(a.flaggedAt) || a.row.name.localeCompare(b.row.name)
  );
}

async function readClassNames(
  stores: Stores,
  tenantId: string,
  mentorships: Mentorship[],
): Promise<Map<string, string>> {
  const ids = [...new Set(mentorships.map((m) => m.classId))];
  const classes = await Promise.all(ids.map((id) => stores.classes.get(tenantId, id)));
  return new Map(ids.map((id, i) => [id, classes[i]?.name ?? id]));
}

async function readRow(
  stores: Stores,
  m: Mentorship,
  library: ActionCard[],
  locale: Locale,
  classNames: Map<string, string>,
): Promise<SortableRow> {
  const state = (await stores.studentStates.get(m.tenantId, m.classId, m.studentId))?.value;
  const [flagRead, cases] = await Promise.all([
    state?.flagId ? stores.flags.get(m.tenantId, m.studentId, state.flagId) : Promise.resolve(undefined),
    stores.cases.listStudent(m.tenantId, m.studentId),
  ]);
  const flag: Flag | undefined = isActive(flagRead?.value) ? flagRead?.value : undefined;
  const suggestion = flag ? suggestCard(flag.reasons, library) : undefined;
  const row: MyStudentRow = {
    studentId: m.studentId,
    name: m.studentName,
    classId: m.classId,
    className: classNames.get(m.classId) ?? m.classId,
    mentorRole: m.role,
    severity: flag?.severity ?? 0,
    flagId: flag?.flagId,
    flagStatus: flag?.status,
    reasons: latestReasons(flag?.reasons ?? []).map((r) => ({ kind: r.kind, text: explainReason(r, locale) })),
    lastAnsweredAt: state?.lastAnsweredAt,
    trend: state?.trend ?? [],
    openCase: summarizeOpenCase(cases, library, locale),
    suggestedCardId: suggestion?.cardId,
    suggestedCardTitle: suggestion?.text[locale].title,
  };
  return { row, flaggedAt: flag?.updatedAt ?? "" };
}
