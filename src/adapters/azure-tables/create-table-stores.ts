import type { TableClient, TableServiceClientOptions } from "@azure/data-tables";
import type { Queues, Stores } from "../../ports/stores.js";
import { createStorageQueues, type QueueOptions } from "../azure-queues/create-storage-queues.js";
import { parseStorageConnection, tableClient, type TableClients } from "./storage-connection.js";
import { TableActionCardStore } from "./table-action-card-store.js";
import { TableAnswerStore } from "./table-answer-store.js";
import { TableAuditLog } from "./table-audit-log.js";
import { TableCaseStore } from "./table-case-store.js";
import { TableClassFlagStore } from "./table-class-flag-store.js";
import { TableClassStore } from "./table-class-store.js";
import { TableConversationStore } from "./table-conversation-store.js";
import { TableDeliveryStore } from "./table-delivery-store.js";
import { excludingConversations, excludingMembers } from "./excluding-stores.js";
import { TablePrivacyStore } from "./table-privacy-store.js";
import { TableDigestStore, TableSchoolSettingsStore, TableSnoozeStore } from "./table-flag-settings-stores.js";
import { TableFlagStore } from "./table-flag-store.js";
import { TableMemberStore } from "./table-member-store.js";
import { TableMentorshipStore } from "./table-mentorship-store.js";
import { TableRoundStore } from "./table-round-store.js";
import { TableScheduleStore } from "./table-schedule-store.js";
import { TableQuestionSetStore } from "./table-question-set-store.js";
import { TableSentNotificationLog } from "./table-sent-notification-log.js";
import { TableStaffStore } from "./table-staff-store.js";
import { TableStudentStateStore } from "./table-student-state-store.js";
import { hasStatus } from "./table-ops.js";
import { TABLES } from "./table-names.js";

/**
 * Builds every store on Azure Table Storage. `connection` is a connection string (Azurite locally) or an account
 * URL (`https://<acct>.table.core.windows.net`, managed identity in production). Creates missing tables first.
 */
export async function createTableStores(connection: string): Promise<Stores> {
  const parsedConnection = parseStorageConnection(connection);
  const clients = Object.fromEntries(
    Object.entries(TABLES).map(([role, name]) => [role, tableClient(parsedConnection, name, BOUNDED_RETRIES)]),
  ) as TableClients;
  await Promise.all(
    Object.values(clients).map(async (client) => {
      try {
        await client.createTable(); // the SDK already treats "exists" as success; 409 is tolerated for safety
      } catch (error) {
        if (!hasStatus(error, 409)) throw error;
      }
    }),
  );
  const privacy = new TablePrivacyStore(clients);
  return {
    privacy,
    classes: new TableClassStore(clients.classes),
    members: excludingMembers(new TableMemberStore(clients.members), privacy),
    mentorships: new TableMentorshipStore(clients.mentorships),
    staff: new TableStaffStore(clients.staff),
    conversations: excludingConversations(new TableConversationStore(clients.conversations), privacy),
    rounds: new TableRoundStore(clients.rounds),
    answers: new TableAnswerStore(clients.answers, clients.history),
    deliveries: new TableDeliveryStore(clients.deliveries),
    studentStates: new TableStudentStateStore(clients.studentStatus),
    flags: new TableFlagStore(clients.flags),
    classFlags: new TableClassFlagStore(clients.flags),
    cases: new TableCaseStore(clients.cases),
    actionCards: new TableActionCardStore(clients.actionCards),
    audit: new TableAuditLog(clients.audit),
    sentNotifications: new TableSentNotificationLog(clients.sentNotifications),
    schedules: new TableScheduleStore(clients.schedules),
    schoolSettings: new TableSchoolSettingsStore(clients.settings),
    snoozes: new TableSnoozeStore(clients.settings),
    digests: new TableDigestStore(clients.settings),
    questionSets: new TableQuestionSetStore(clients.questionSets),
  };
}

/**
 * Storage calls fail fast enough for a student's invoke to be answered while storage is down. The SDK's default (3
 * retries from 1 s doubling to 64 s, and no time limit per try) can hold one call for well over Teams' 15 s invoke
 * timeout (teams-platform.md; DESIGN §5 asks for a reply within 2 s). Refused connections (storage down or
 * restarting) are retried twice, 0.25 s then 0.5 s apart: about 1.5 s for an answer turn's two failing calls (the chat
 * reference, then the round). A hung connection ends a single-entity call after TRY_TIMEOUT_MS; the SDK does not
 * retry a timed-out try, so that turn takes at most 2 x 4 s. Workers and the API retry at their own level.
 */
const BOUNDED_RETRIES: TableServiceClientOptions = {
  retryOptions: { maxRetries: 2, retryDelayInMs: 250, maxRetryDelayInMs: 1_000 },
  additionalPolicies: [
    {
      position: "perRetry",
      policy: {
        name: "trivselTryTimeout",
        sendRequest: (request, next) => {
          if (!request.timeout && isSingleEntityCall(request.method, request.url)) request.timeout = TRY_TIMEOUT_MS;
          return next(request);
        },
      },
    },
  ],
};
/**
 * One single-entity call's time limit: milliseconds normally, seconds only under heavy load (the full test suite on
 * one Azurite). Queries and batch transactions (seeding, erasure) may legitimately take longer and keep no limit.
 */
const TRY_TIMEOUT_MS = 4_000;

/** A point read, insert, update or delete: not a `$batch` and not a query (a GET without an entity key). */
function isSingleEntityCall(method: string, url: string): boolean {
  if (url.includes("$batch")) return false;
  return method !== "GET" || /\(PartitionKey(=|%3D)/i.test(url);
}

/** The app's work queues on the same storage account (queues in QUEUES are created if missing). */
export function createQueues(connection: string, options: QueueOptions = {}): Promise<Queues> {
  return createStorageQueues(connection, options);
}

/** How long /readyz waits for storage before calling it unreachable; well inside a load balancer's probe timeout. */
const PING_TIMEOUT_MS = 2_000;

const pingClients = new Map<string, TableClient>();

/** Readiness probe: reads at most one entity of the classes table, without retries. Never throws. */
export async function pingStorage(connection: string): Promise<boolean> {
  try {
    let client = pingClients.get(connection);
    if (!client) {
      // No retries: a probe must report what storage does now; the next probe is the retry.
      client = tableClient(parseStorageConnection(connection), TABLES.classes, { retryOptions: { maxRetries: 0 } });
      pingClients.set(connection, client);
    }
    const pages = client
      .listEntities({ queryOptions: { select: ["PartitionKey"] }, abortSignal: AbortSignal.timeout(PING_TIMEOUT_MS) })
      .byPage({ maxPageSize: 1 });
    await pages.next();
    return true;
  } catch {
    return false;
  }
}
