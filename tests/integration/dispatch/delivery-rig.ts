import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { queueService } from "../../../src/adapters/azure-queues/create-storage-queues.js";
import { StorageWorkQueue } from "../../../src/adapters/azure-queues/storage-work-queue.js";
import { createTableStores } from "../../../src/adapters/azure-tables/create-table-stores.js";
import { createBotEndpoint } from "../../../src/adapters/bot-framework/create-bot-endpoint.js";
import { loadConfig } from "../../../src/config/config.js";
import type { SurveySendWorkerOptions } from "../../../src/dispatch/survey-send-worker.js";
import { startDelivery, type DeliveryDeps } from "../../../src/dispatch/start-delivery.js";
import type { ClassMember, SchoolClass } from "../../../src/domain/school/school.js";
import type { Round } from "../../../src/domain/survey/round.js";
import { createLogger } from "../../../src/observability/logger.js";
import { SendFailure, type MessageSender } from "../../../src/ports/messaging.js";
import type { NotificationJob } from "../../../src/ports/notifications.js";
import type { Queues, Stores } from "../../../src/ports/stores.js";
import type { SurveySendJob } from "../../../src/ports/survey-sends.js";
import { openCheckIn } from "../../../src/use-cases/open-check-in.js";
import { FakeBotConnector } from "../../support/fake-bot-connector.js";

export interface RigOptions {
  students: number;
  /** Storage to use (a separate Azurite for the outage test); the test Azurite by default. */
  connection?: string;
  /** Students with a stored 1:1 chat; the rest get one created from the roster. Default: half. */
  storedConversations?: number;
  worker?: SurveySendWorkerOptions;
  rate?: number;
}

/** Fast retries for tests: the production numbers (1 s base, 15 s timeout) would only make them slow. */
export const FAST_WORKER: SurveySendWorkerOptions = {
  visibilityMs: 4_000,
  backoffBaseMs: 20,
  backoffCapMs: 200,
  sendTimeoutMs: 800,
};

/**
 * One class with a teacher and `students` students on real storage (Azurite), fresh queues, the real Bot Connector
 * sender pointed at a fake connector, and survey-send workers to start and stop at will.
 */
export async function startDeliveryRig(options: RigOptions) {
  const connection = options.connection ?? inject("storageConnectionString");
  const connector = await FakeBotConnector.start();
  const tenantId = randomUUID();
  const config = loadConfig({
    PORT: "0",
    LOG_LEVEL: "silent",
    STORAGE_CONNECTION_STRING: connection,
    DEMO_DATA: "false",
    ALLOWED_TENANTS: tenantId,
    BOT_CONNECTOR_HOSTS: "127.0.0.1",
    SEND_RATE_PER_SECOND: String(options.rate ?? 50),
  });
  const stores = await createTableStores(connection);
  const { queues, sendsPoison } = await freshQueues(connection);
  const logger = createLogger("silent");
  const clock = { now: () => new Date() };
  const owners = { ownerIds: async () => new Set<string>() };
  const real = createBotEndpoint({ config, stores, queues, clock, logger, owners }).sender;
  /** When each send started and when each 429 reached us, as the pacer saw them (client side, one clock). */
  const sendLog: Array<{ at: number; event: "start" | "throttled" }> = [];
  const sender: MessageSender = {
    createPersonalConversation: (...args) => real.createPersonalConversation(...args),
    sendCard: async (...args) => {
      sendLog.push({ at: Date.now(), event: "start" });
      try {
        return await real.sendCard(...args);
      } catch (error) {
        if (error instanceof SendFailure && error.kind === "throttled")
          sendLog.push({ at: Date.now(), event: "throttled" });
        throw error;
      }
    },
  };
  const { schoolClass, teacher, students } = await seedClass(stores, tenantId, connector, options);

  const workers: Array<ReturnType<typeof startDelivery>> = [];
  return {
    sendLog,
    stores,
    queues,
    connector,
    tenantId,
    schoolClass,
    students,
    /**
     * Starts one more instance's worker (its own pacer, as a separate process would have); `wrapStores` lets a test
     * break this instance's storage only (e.g. a process that dies right after a send); `extra` adds deps such as a
     * sender lease.
     */
    startWorker(wrapStores: (stores: Stores) => Stores = (s) => s, extra: Partial<DeliveryDeps> = {}) {
      const delivery = startDelivery({
        ...{ config, queues, sender, clock, logger, ...extra },
        stores: wrapStores(stores),
        lease: undefined,
        tenantIds: [tenantId],
        worker: { ...FAST_WORKER, ...options.worker },
      });
      workers.push(delivery);
      return delivery;
    },
    async openRound(requestId = randomUUID()): Promise<Round> {
      const result = await openCheckIn(
        { stores, queues, clock, ids: { next: randomUUID } },
        { tenantId, classId: schoolClass.classId, actorId: teacher.userId, locale: "da", requestId },
      );
      if (!result.ok) throw new Error(result.reason);
      return result.round;
    },
    /** Jobs in the survey-sends poison queue. */
    async poisoned(): Promise<SurveySendJob[]> {
      const peeked = await sendsPoison.peekMessages({ numberOfMessages: 32 });
      return peeked.peekedMessageItems.map((m) => JSON.parse(Buffer.from(m.messageText, "base64").toString("utf8")));
    },
    /** Surveys the fake accepted per student's 1:1 chat (a value above 1 is a duplicate). */
    acceptedPerStudent(): number[] {
      return students.map((s) => connector.accepted.get(connector.personalConversationId(s.teamsUserId)) ?? 0);
    },
    async stop() {
      await Promise.all(workers.map((w) => w.stop()));
      await connector.stop();
    },
  };
}

async function freshQueues(connection: string) {
  const service = queueService(connection);
  const name = `sends-${randomUUID().slice(0, 8)}`;
  const [sends, sendsPoison, notify, notifyPoison] = ["", "-poison", "-n", "-n-poison"].map((s) =>
    service.getQueueClient(`${name}${s}`),
  );
  await Promise.all([sends, sendsPoison, notify, notifyPoison].map((q) => q!.createIfNotExists()));
  const logger = createLogger("silent");
  const queues: Queues = {
    notifications: new StorageWorkQueue<NotificationJob>(notify!, notifyPoison!, logger),
    surveySends: new StorageWorkQueue<SurveySendJob>(sends!, sendsPoison!, logger),
  };
  return { queues, sendsPoison: sendsPoison! };
}

async function seedClass(stores: Stores, tenantId: string, connector: FakeBotConnector, options: RigOptions) {
  const classId = randomUUID();
  const schoolClass: SchoolClass = {
    tenantId,
    classId,
    name: "GF1 Q",
    level: "GF1",
    programme: "",
    teamId: `19:${classId}@thread.tacv2`,
    channelConversationId: `19:${classId}@thread.tacv2`,
    serviceUrl: connector.serviceUrl,
    installed: true,
    timeZone: "Europe/Copenhagen",
  };
  await stores.classes.save(schoolClass);
  const member = (role: ClassMember["role"], n: number): ClassMember => {
    const userId = randomUUID();
    return { tenantId, classId, userId, teamsUserId: `29:${userId}`, name: `${role} ${n}`, role };
  };
  const teacher = member("teacher", 0);
  const students = Array.from({ length: options.students }, (_, i) => member("student", i + 1));
  await stores.members.replaceRoster(tenantId, classId, [teacher, ...students]);
  const stored = options.storedConversations ?? Math.floor(options.students / 2);
  for (const s of students.slice(0, stored)) {
    await stores.conversations.save({
      tenantId,
      userId: s.userId,
      teamsUserId: s.teamsUserId,
      serviceUrl: connector.serviceUrl,
      conversationId: connector.personalConversationId(s.teamsUserId),
      locale: "da-DK",
      installed: true,
    });
  }
  return { schoolClass, teacher, students };
}
