import type { NotificationJob } from "../../ports/notifications.js";
import type { Queues, Stores } from "../../ports/stores.js";
import {
  MemoryActionCardStore,
  MemoryAuditLog,
  MemoryCaseStore,
  MemoryFlagStore,
  MemorySentNotificationLog,
  MemoryStudentStateStore,
} from "./memory-case-stores.js";
import {
  MemoryClassStore,
  MemoryConversationStore,
  MemoryMemberStore,
  MemoryMentorshipStore,
  MemoryStaffStore,
} from "./memory-school-directory.js";
import { MemoryAnswerStore, MemoryDeliveryStore, MemoryRoundStore } from "./memory-survey-stores.js";
import { MemoryClassFlagStore } from "./memory-class-flag-store.js";
import { MemoryWorkQueue } from "./memory-work-queue.js";
import { MemoryScheduleStore } from "./memory-schedule-store.js";
import { MemoryQuestionSetStore } from "./memory-question-set-store.js";
import type { SurveySendJob } from "../../ports/survey-sends.js";
import { MemoryDigestStore, MemorySchoolSettingsStore, MemorySnoozeStore } from "./memory-flag-settings-stores.js";

/** Fresh, empty in-memory stores with the table adapters' semantics, for fast unit tests of use cases. */
export function createMemoryStores(): Stores {
  return {
    classes: new MemoryClassStore(),
    members: new MemoryMemberStore(),
    mentorships: new MemoryMentorshipStore(),
    staff: new MemoryStaffStore(),
    conversations: new MemoryConversationStore(),
    rounds: new MemoryRoundStore(),
    answers: new MemoryAnswerStore(),
    deliveries: new MemoryDeliveryStore(),
    studentStates: new MemoryStudentStateStore(),
    flags: new MemoryFlagStore(),
    classFlags: new MemoryClassFlagStore(),
    cases: new MemoryCaseStore(),
    actionCards: new MemoryActionCardStore(),
    audit: new MemoryAuditLog(),
    sentNotifications: new MemorySentNotificationLog(),
    schedules: new MemoryScheduleStore(),
    schoolSettings: new MemorySchoolSettingsStore(),
    snoozes: new MemorySnoozeStore(),
    digests: new MemoryDigestStore(),
    questionSets: new MemoryQuestionSetStore(),
  };
}

/** In-memory queues; `notifications` exposes `poisoned()` and `pending()` for assertions. */
export interface MemoryQueues extends Queues {
  notifications: MemoryWorkQueue<NotificationJob>;
  surveySends: MemoryWorkQueue<SurveySendJob>;
}

/** `now` drives visibility timeouts, so tests can move time instead of waiting. */
export function createMemoryQueues(now: () => number = Date.now): MemoryQueues {
  return {
    notifications: new MemoryWorkQueue<NotificationJob>(now),
    surveySends: new MemoryWorkQueue<SurveySendJob>(now),
  };
}
