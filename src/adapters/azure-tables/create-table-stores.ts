import type { TableClient } from "@azure/data-tables";
import type { Queues, Stores } from "../../ports/stores.js";
import { createStorageQueues, type QueueOptions } from "../azure-queues/create-storage-queues.js";
import { parseStorageConnection, tableClient, tableClients } from "./storage-connection.js";
import { TableActionCardStore } from "./table-action-card-store.js";
import { TableAnswerStore } from "./table-answer-store.js";
import { TableAuditLog } from "./table-audit-log.js";
import { TableCaseStore } from "./table-case-store.js";
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
  const clients = tableClients(parseStorageConnection(connection));
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
    cases: new TableCaseStore(clients.cases),
    actionCards: new TableActionCardStore(clients.actionCards),
    audit: new TableAuditLog(clients.audit),
    sentNotifications: new TableSentNotificationLog(clients.sentNotifications),
    schedules: new TableScheduleStore(clients.schedules),
    schoolSettings: new TableSchoolSettingsStore(clients.settings),
    snoozes: new TableSnoozeStore(clients.settings),
    digests: new TableDigestStore(clients.settings),
  };
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
