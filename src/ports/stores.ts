import type { ClassFlagStore } from "./class-flag-store.js";
import type { ActionCardStore, AuditLog, CaseStore, FlagStore, StudentStateStore } from "./case-stores.js";
import type { DigestStore, SchoolSettingsStore, SnoozeStore } from "./flag-settings.js";
import type { NotificationJob, SentNotificationLog } from "./notifications.js";
import type { ScheduleStore } from "./schedule-store.js";
import type { PrivacyStore } from "./privacy-store.js";
import type { QuestionSetStore } from "./question-set-store.js";
import type { WorkQueue } from "./runtime.js";
import type { ClassStore, ConversationStore, MemberStore, MentorshipStore, StaffStore } from "./school-directory.js";
import type { AnswerStore, DeliveryStore, RoundStore } from "./survey-stores.js";
import type { SurveySendJob } from "./survey-sends.js";

/** Every store the use cases need, as one bundle the composition root builds (Azure Tables or memory). */
export interface Stores {
  classes: ClassStore;
  members: MemberStore;
  mentorships: MentorshipStore;
  staff: StaffStore;
  conversations: ConversationStore;
  rounds: RoundStore;
  answers: AnswerStore;
  deliveries: DeliveryStore;
  studentStates: StudentStateStore;
  flags: FlagStore;
  /** Class climate flags (DESIGN §3 "class flag"): aggregates only, for the class's teachers. */
  classFlags: ClassFlagStore;
  cases: CaseStore;
  actionCards: ActionCardStore;
  audit: AuditLog;
  sentNotifications: SentNotificationLog;
  schedules: ScheduleStore;
  schoolSettings: SchoolSettingsStore;
  snoozes: SnoozeStore;
  digests: DigestStore;
  /** The school's own question sets and its choice of set per school and class. */
  questionSets: QuestionSetStore;
  /** Export, erasure, retention and exclusions (Azure Tables only; absent in memory fakes). */
  privacy?: PrivacyStore;
}

export interface Queues {
  notifications: WorkQueue<NotificationJob>;
  /** One job per recipient of an opened round (DESIGN §5). */
  surveySends: WorkQueue<SurveySendJob>;
}
