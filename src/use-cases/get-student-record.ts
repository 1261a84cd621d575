import type { Locale } from "../domain/locale.js";
import { isAuditedRead, studentAccess, type Actor, type StudentAccess } from "../domain/privacy/access.js";
import type { FlagReasonKind, FlagStatus, Severity } from "../domain/scoring/flag.js";
import type { HelpRequest } from "../domain/survey/answer.js";
import { explainReason } from "../i18n/explain-flag.js";
import type { Clock } from "../ports/runtime.js";
import type { Stores } from "../ports/stores.js";
import { dimensionSeries, type DimensionSeries } from "./dimension-series.js";
import { listActionCards } from "./list-action-cards.js";
import { summarizeCase, type CaseSummary } from "./student-views.js";

/** How many past answers the record shows: about a term of weekly rounds. */
export const ANSWER_HISTORY_LIMIT = 20;

export interface StudentRecord {
  studentId: string;
  name: string;
  /** "self" when students read their own record; "mentor" for one of their mentors. */
  access: Exclude<StudentAccess, "none">;
  classes: Array<{ classId: string; trend: number[]; lastAnsweredAt: string | undefined; missedInRow: number }>;
  answers: Array<{
    roundId: string;
    classId: string;
    answeredAt: string;
    values: Record<string, number>;
    help: HelpRequest | undefined;
  }>;
  /** Staff-only assessments: present for mentors, absent when students read their own record. */
  flags: Array<{
    flagId: string;
    severity: Severity;
    status: FlagStatus;
    createdAt: string;
    reasons: Array<{ kind: FlagReasonKind; text: string; at: string }>;
  }>;
  cases: CaseSummary[];
  /** The trend chart: one 1-5 series per dimension over the answer history shown. */
  dimensions: DimensionSeries[];
}

export type StudentRecordResult = { ok: true; record: StudentRecord } | { ok: false; error: "notFound" };

export interface GetStudentRecordDeps {
  stores: Stores;
  clock: Clock;
}

/**
 * One student's record for the student themself or one of their mentors. Anyone else, including the
 * student's teachers, gets "notFound", so the API does not even confirm the student exists (DESIGN §7).
 * A mentor's read is written to the audit log before any data is returned.
 */
export async function getStudentRecord(
  deps: GetStudentRecordDeps,
  actor: Actor,
  studentId: string,
  locale: Locale,
): Promise<StudentRecordResult> {
  const { stores } = deps;
  const { tenantId } = actor;
  const mentorships = await stores.mentorships.mentorsOf(tenantId, studentId);
  const access = studentAccess(
    actor,
    studentId,
    mentorships.map((m) => m.mentorId),
  );
  if (access === "none") return { ok: false, error: "notFound" };
  const memberships = (await stores.members.classesOf(tenantId, studentId)).filter((m) => m.role === "student");
  if (access === "self" && memberships.length === 0) return { ok: false, error: "notFound" };
  if (isAuditedRead(access)) {
    const at = deps.clock.now().toISOString();
    await stores.audit.record({
      tenantId,
      actorId: actor.userId,
      action: "read",
      subjectStudentId: studentId,
      what: "studentRecord",
      at,
    });
  }

  const classIds = [...new Set([...memberships.map((m) => m.classId), ...mentorships.map((m) => m.classId)])];
  const [states, answers] = await Promise.all([
    Promise.all(classIds.map((classId) => stores.studentStates.get(tenantId, classId, studentId))),
    stores.answers.history(tenantId, studentId, ANSWER_HISTORY_LIMIT),
  ]);
  const record: StudentRecord = {
    studentId,
    name: memberships[0]?.name ?? mentorships[0]?.studentName ?? "",
    access,
    classes: classIds.map((classId, i) => {
      const state = states[i]?.value;
      return {
        classId,
        trend: state?.trend ?? [],
        lastAnsweredAt: state?.lastAnsweredAt,
        missedInRow: state?.missedInRow ?? 0,
      };
    }),
    answers: answers.map((a) => ({
      roundId: a.roundId,
      classId: a.classId,
      answeredAt: a.answeredAt,
      values: { ...a.values },
      help: a.help,
    })),
    flags: [],
    cases: [],
    dimensions: dimensionSeries(answers),
  };
  if (access !== "mentor") return { ok: true, record };

  const [flags, cases, library] = await Promise.all([
    stores.flags.listStudent(tenantId, studentId),
    stores.cases.listStudent(tenantId, studentId),
    listActionCards(stores, tenantId),
  ]);
  record.flags = flags
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((f) => ({
      flagId: f.flagId,
      severity: f.severity,
      status: f.status,
      createdAt: f.createdAt,
      reasons: f.reasons.map((r) => ({ kind: r.kind, text: explainReason(r, locale), at: r.at })),
    }));
  record.cases = cases
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((c) => summarizeCase(c, library, locale));
  return { ok: true, record };
}
