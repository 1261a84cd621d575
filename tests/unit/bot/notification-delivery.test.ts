import { describe, expect, it } from "vitest";
import { createMemoryQueues } from "../../../src/adapters/memory/create-memory-stores.js";
import { createCardRenderers } from "../../../src/bot/cards/card-renderers.js";
import { loadConfig } from "../../../src/config/config.js";
import { startNotificationWorker } from "../../../src/dispatch/notification-worker.js";
import type { Flag } from "../../../src/domain/scoring/flag.js";
import { createLogger } from "../../../src/observability/logger.js";
import type { NotificationJob } from "../../../src/ports/notifications.js";
import { deliverNotification } from "../../../src/use-cases/deliver-notification.js";
import { memorySchool, TENANT, type MemorySchool } from "./memory-school.js";
import { RecordingSender, SendFailure } from "./recording-sender.js";

const cards = createCardRenderers({ teamsAppId: "app" });

async function flagged(school: MemorySchool, status: Flag["status"] = "open"): Promise<NotificationJob> {
  const flag: Flag = {
    tenantId: TENANT,
    classId: "class-1",
    studentId: "s-freja",
    flagId: "flag-1",
    reasons: [{ kind: "lowScore", roundId: "round-1", at: school.now.toISOString(), dimension: "mood", value: 1 }],
    severity: 2,
    status,
    createdAt: school.now.toISOString(),
    updatedAt: school.now.toISOString(),
  };
  await school.stores.flags.put(flag, undefined);
  // Cards only ever go to the student's mentors: m-1 is Freja's.
  await school.stores.mentorships.save({
    tenantId: TENANT,
    mentorId: "m-1",
    studentId: "s-freja",
    role: "mentor",
    studentName: "Freja Holm",
    mentorName: "Mentor",
    classId: "class-1",
  });
  return {
    kind: "newFlag",
    key: "newFlag:flag-1:1:m-1",
    tenantId: TENANT,
    studentId: "s-freja",
    classId: "class-1",
    flagId: "flag-1",
    mentorId: "m-1",
  };
}

async function mentorChat(school: MemorySchool, locale: string) {
  await school.stores.conversations.save({
    tenantId: TENANT,
    userId: "m-1",
    teamsUserId: "29:m-1",
    serviceUrl: "https://smba.trafficmanager.net/emea/",
    conversationId: "a:mentor",
    locale,
    installed: true,
  });
}

const deps = (school: MemorySchool, sender: RecordingSender) => ({
  stores: school.stores,
  sender,
  clock: { now: () => school.now },
  cards,
});

describe("deliverNotification", () => {
  it("sends the mentor alert in the mentor's language, records the delivery, and never sends the same job twice", async () => {
    const school = await memorySchool();
    await mentorChat(school, "fi-FI");
    const sender = new RecordingSender();
    const job = await flagged(school);
    expect(await deliverNotification(deps(school, sender), job)).toBe("sent");
    expect(await deliverNotification(deps(school, sender), job)).toBe("duplicate");
    expect(sender.sent).toHaveLength(1);
    expect(sender.sent[0]?.summary).toBe("Opiskelija luokalla GF1 A tarvitsee huomiotasi");
    expect(JSON.stringify(sender.sent[0]?.card)).toContain("Freja Holm tarvitsee huomiota");
    expect(await school.stores.deliveries.get(TENANT, "notify:flag-1", job.key)).toMatchObject({ status: "sent" });
    expect(await school.stores.sentNotifications.claim(TENANT, job.key)).toBe(false); // claimed after the send
  });

  it("a transient failure is thrown for the queue to retry, and nothing is marked sent", async () => {
    const school = await memorySchool();
    await mentorChat(school, "en-US");
    const sender = new RecordingSender();
    sender.failFor("a:mentor", new SendFailure("transient", 503));
    const job = await flagged(school);
    await expect(deliverNotification(deps(school, sender), job)).rejects.toBeInstanceOf(SendFailure);
    expect(await school.stores.deliveries.get(TENANT, "notify:flag-1", job.key)).toBeUndefined();
    expect(await deliverNotification(deps(school, sender), job)).toBe("sent");
  });

  it("a mentor with no stored chat but a Teams id from a class roster gets a new 1:1 chat", async () => {
    const school = await memorySchool();
    const sender = new RecordingSender();
    const job = await flagged(school);
    await school.stores.members.upsert({
      tenantId: TENANT,
      classId: "class-1",
      userId: "m-1",
      teamsUserId: "29:m-1",
      name: "Mentor",
      role: "teacher",
    });
    expect(await deliverNotification(deps(school, sender), job)).toBe("sent");
    expect(sender.created).toEqual(["29:m-1"]);
    expect((await school.stores.conversations.get(TENANT, "m-1"))?.conversationId).toBe("a:29:m-1");
  });

  it("a mentor nobody can reach is recorded as a failed delivery, not retried forever", async () => {
    const school = await memorySchool();
    const job = await flagged(school);
    expect(await deliverNotification(deps(school, new RecordingSender()), job)).toBe("failed");
    expect(await school.stores.deliveries.get(TENANT, "notify:flag-1", job.key)).toMatchObject({
      status: "failed",
      reason: "unknownUser",
    });
  });

  it("a flag resolved before delivery is not announced", async () => {
    const school = await memorySchool();
    await mentorChat(school, "en-US");
    const sender = new RecordingSender();
    expect(await deliverNotification(deps(school, sender), await flagged(school, "resolved"))).toBe("stale");
    expect(sender.sent).toEqual([]);
  });
});

describe("the notification worker", () => {
  it("drains the queue, leaves a failed job for a later retry, and delivers it exactly once", async () => {
    const school = await memorySchool();
    await mentorChat(school, "da-DK");
    let queueTime = Date.now();
    const queues = createMemoryQueues(() => queueTime);
    const sender = new RecordingSender();
    sender.failFor("a:mentor", new SendFailure("transient", 502));
    await queues.notifications.enqueue(await flagged(school));
    const config = loadConfig({ DEMO_DATA: "false" });
    const worker = startNotificationWorker({
      config,
      stores: school.stores,
      queues,
      sender,
      clock: { now: () => school.now },
      logger: createLogger("silent"),
    });
    try {
      await waitUntil(() => sender.attempts === 1); // the first attempt failed
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(sender.attempts).toBe(1); // hidden while its visibility timeout runs
      expect(queues.notifications.pending()).toHaveLength(1);
      queueTime += 61_000; // the job becomes visible again
      await waitUntil(() => sender.sent.length === 1);
      await waitUntil(() => queues.notifications.pending().length === 0);
      expect(sender.sent[0]?.summary).toBe("En elev i GF1 A har brug for din opmærksomhed");
    } finally {
      await worker.stop();
    }
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
