import { toLocale } from "../domain/locale.js";
import type { NotificationJob } from "../ports/notifications.js";
import type { Stores } from "../ports/stores.js";
import type { CardRenderers, RenderedCard } from "./card-renderers.js";

/**
 * A class climate card from current rows: only while the flag is open and only to someone who is (still) a teacher
 * of the class; anyone else gets nothing. Undefined means "no longer relevant" (nothing is sent); "missing" that the
 * flag row is not written yet (it is queued before its row: raise-class-climate-flag), so the job is retried.
 */
export async function renderClassClimate(
  deps: { stores: Stores; cards: CardRenderers },
  job: Extract<NotificationJob, { kind: "classClimate" }>,
): Promise<((storedLocale: string) => RenderedCard) | "missing" | undefined> {
  const { stores } = deps;
  const [flag, member, schoolClass] = await Promise.all([
    stores.classFlags.get(job.tenantId, job.classId, job.flagId),
    stores.members.get(job.tenantId, job.classId, job.teacherId),
    stores.classes.get(job.tenantId, job.classId),
  ]);
  if (!flag) return "missing";
  if (flag.value.status !== "open" || member?.role !== "teacher") return undefined;
  const view = { className: schoolClass?.name ?? "", signals: flag.value.signals };
  return (stored) => deps.cards.classClimate(view, toLocale(stored));
}
