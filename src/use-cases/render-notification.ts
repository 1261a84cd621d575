import { cardsForFlag } from "../domain/action-cards/suggest-card.js";
import { toLocale } from "../domain/locale.js";
import { renderClassClimate } from "./render-class-climate.js";
import { isActive } from "../domain/scoring/flag.js";
import type { NotificationJob } from "../ports/notifications.js";
import type { Stores } from "../ports/stores.js";
import type { CardRenderers, DigestView, RenderedCard } from "./card-renderers.js";

/** Thrown when the job's subject is not readable yet; the job stays queued and is retried (poison after 5). */
export class NotificationSubjectMissing extends Error {
  readonly code = "notificationSubjectMissing";
}

export type Render = (storedLocale: string) => RenderedCard;

/** Renders what a job says, from current rows; undefined when it is no longer relevant (nothing is sent). */
export async function renderNotification(
  deps: { stores: Stores; cards: CardRenderers; now: Date },
  job: NotificationJob,
): Promise<Render | undefined> {
  const { stores, cards } = deps;
  switch (job.kind) {
    case "newFlag": {
      const flag = await stores.flags.get(job.tenantId, job.studentId, job.flagId);
      if (!flag) throw new NotificationSubjectMissing("flag not readable yet");
      if (!isActive(flag.value)) return undefined; // resolved or dismissed before we got to it
      // Never to someone who is not (or no longer) the student's mentor.
      const mentors = await stores.mentorships.mentorsOf(job.tenantId, job.studentId);
      if (!mentors.some((m) => m.mentorId === job.mentorId)) return undefined;
      const [names, library] = await Promise.all([
        namesOf(stores, job.tenantId, flag.value.classId, job.studentId),
        stores.actionCards.list(job.tenantId),
      ]);
      const ordered = cardsForFlag(flag.value.reasons, library);
      const view = {
        studentId: job.studentId,
        flagId: job.flagId,
        severity: flag.value.severity,
        reasons: flag.value.reasons,
        ...(ordered[0] ? { suggestedCard: ordered[0] } : {}),
        otherCards: ordered,
        ...names,
      };
      return (stored) => cards.mentorAlert(view, toLocale(stored));
    }
    case "digest":
      return renderDigest(deps, job);
    case "helpSeen":
      return (stored) => cards.helpSeen(toLocale(stored));
    case "classClimate": {
      const render = await renderClassClimate(deps, job);
      if (render === "missing") throw new NotificationSubjectMissing("class flag not readable yet");
      return render;
    }
    case "caseAssigned": {
      const found = await stores.cases.get(job.tenantId, job.studentId, job.caseId);
      if (!found) throw new NotificationSubjectMissing("case not readable yet");
      const value = found.value;
      if (value.status === "closed") return undefined;
      const actionCard = await stores.actionCards.get(job.tenantId, value.cardId);
      if (!actionCard) return undefined; // the school deleted its card: the tab still shows the case
      const names = await namesOf(stores, job.tenantId, value.classId, job.studentId);
      const view = { studentId: job.studentId, caseId: value.caseId, actionCard, dueDate: value.dueDate, ...names };
      return (stored) => cards.caseAssigned(view, toLocale(stored));
    }
  }
}

/**
 * The digest lists the job's entries that still matter now: the flag is active, the mentor still mentors the
 * student (one query over the mentor's partition), and the mentor has not snoozed the student.
 */
async function renderDigest(
  deps: { stores: Stores; cards: CardRenderers; now: Date },
  job: Extract<NotificationJob, { kind: "digest" }>,
): Promise<Render | undefined> {
  const { stores } = deps;
  const [mine, snoozes] = await Promise.all([
    stores.mentorships.studentsOf(job.tenantId, job.mentorId),
    stores.snoozes.listMentor(job.tenantId, job.mentorId),
  ]);
  const snoozed = new Set(snoozes.filter((s) => Date.parse(s.until) > deps.now.getTime()).map((s) => s.studentId));
  const items: Array<DigestView["items"][number]> = [];
  for (const entry of job.entries) {
    if (snoozed.has(entry.studentId) || !mine.some((m) => m.studentId === entry.studentId)) continue;
    const flag = await stores.flags.get(job.tenantId, entry.studentId, entry.flagId);
    if (!flag || !isActive(flag.value)) continue;
    const names = await namesOf(stores, job.tenantId, entry.classId, entry.studentId);
    const { severity, reasons } = flag.value;
    items.push({ studentId: entry.studentId, flagId: entry.flagId, severity, reasons, ...names });
  }
  if (items.length === 0) return undefined;
  items.sort((a, b) => b.severity - a.severity || a.studentName.localeCompare(b.studentName));
  return (stored) => deps.cards.digest({ items }, toLocale(stored));
}

async function namesOf(
  stores: Stores,
  tenantId: string,
  classId: string,
  studentId: string,
): Promise<{ studentName: string; className: string }> {
  const [state, member, schoolClass] = await Promise.all([
    stores.studentStates.get(tenantId, classId, studentId),
    stores.members.get(tenantId, classId, studentId),
    stores.classes.get(tenantId, classId),
  ]);
  return {
    studentName: member?.name ?? state?.value.studentName ?? "",
    className: schoolClass?.name ?? "",
  };
}
