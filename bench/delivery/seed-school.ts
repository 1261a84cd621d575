import { randomUUID } from "node:crypto";
import type { ClassMember } from "../../src/domain/school/school.js";
import type { Stores } from "../../src/ports/stores.js";
import type { FakeBotConnector } from "../../tests/support/fake-bot-connector.js";

/**
 * Retries a seeding write: the app's table clients give up after ~5 s (bounded retries, create-table-stores.ts),
 * and a loaded machine can make Azurite that slow; the benchmark measures sending, not seeding.
 */
export async function persist<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

/** Seeds `classes` classes of `perClass` students, every student with a stored 1:1 chat, in parallel batches. */
export async function seedSchool(
  stores: Stores,
  connector: FakeBotConnector,
  tenantId: string,
  classes: number,
  perClass: number,
) {
  const classIds: string[] = [];
  const students: ClassMember[] = [];
  for (let c = 0; c < classes; c++) {
    const classId = `class-${c}-${randomUUID().slice(0, 8)}`;
    classIds.push(classId);
    await persist(() =>
      stores.classes.save({
        tenantId,
        classId,
        name: `Class ${c}`,
        level: "GF1",
        programme: "",
        teamId: `19:${classId}@thread.tacv2`,
        channelConversationId: `19:${classId}@thread.tacv2`,
        serviceUrl: connector.serviceUrl,
        installed: true,
        timeZone: "Europe/Copenhagen",
      }),
    );
    const roster = Array.from({ length: perClass }, (_, i): ClassMember => {
      const userId = randomUUID();
      return { tenantId, classId, userId, teamsUserId: `29:${userId}`, name: `Student ${i}`, role: "student" };
    });
    await persist(() => stores.members.replaceRoster(tenantId, classId, roster));
    students.push(...roster);
  }
  for (let i = 0; i < students.length; i += 32) {
    await Promise.all(
      students.slice(i, i + 32).map((s) =>
        persist(() =>
          stores.conversations.save({
            tenantId,
            userId: s.userId,
            teamsUserId: s.teamsUserId,
            serviceUrl: connector.serviceUrl,
            conversationId: connector.personalConversationId(s.teamsUserId),
            locale: "da-DK",
            installed: true,
          }),
        ),
      ),
    );
  }
  return { classIds, students };
}
