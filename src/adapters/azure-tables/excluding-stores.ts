import type { ClassMember } from "../../domain/school/school.js";
import type { PrivacyStore } from "../../ports/privacy-store.js";
import type { ConversationStore, MemberStore } from "../../ports/school-directory.js";

/**
 * Keeps excluded people (erased, or with protected identity: trust.md P15/P18) out of rosters and conversation
 * references at the one place every install, roster refresh and 1:1 registration writes them. A late duplicate
 * of an install activity, or a roster from Teams that still lists the student, cannot bring them back, and without
 * a roster row or a conversation they get no survey and cannot answer (record-answer requires a student row).
 */
export function excludingMembers(inner: MemberStore, privacy: PrivacyStore): MemberStore {
  const allowed = async (members: readonly ClassMember[]) => {
    const verdicts = await Promise.all(members.map((m) => privacy.isExcluded(m.tenantId, m.userId)));
    return members.filter((_, i) => verdicts[i] === undefined);
  };
  return {
    replaceRoster: async (tenantId, classId, members) => inner.replaceRoster(tenantId, classId, await allowed(members)),
    upsert: async (member) => {
      if ((await allowed([member])).length) await inner.upsert(member);
    },
    list: (tenantId, classId) => inner.list(tenantId, classId),
    get: (tenantId, classId, userId) => inner.get(tenantId, classId, userId),
    classesOf: (tenantId, userId) => inner.classesOf(tenantId, userId),
  };
}

export function excludingConversations(inner: ConversationStore, privacy: PrivacyStore): ConversationStore {
  return {
    save: async (conversation) => {
      if (!(await privacy.isExcluded(conversation.tenantId, conversation.userId))) await inner.save(conversation);
    },
    get: (tenantId, userId) => inner.get(tenantId, userId),
    markUninstalled: (tenantId, userId) => inner.markUninstalled(tenantId, userId),
  };
}
