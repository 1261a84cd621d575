/** Every table the app uses (DESIGN §4). Names: 3-63 alphanumeric characters, starting with a letter. */
export const TABLES = {
  classes: "classes",
  members: "members",
  mentorships: "mentorships",
  staff: "staff",
  conversations: "conversations",
  schedules: "schedules",
  rounds: "rounds",
  deliveries: "deliveries",
  answers: "answers",
  history: "history",
  studentStatus: "studentstatus",
  flags: "flags",
  cases: "cases",
  actionCards: "actioncards",
  settings: "settings",
  audit: "audit",
  /** Notification keys already sent (SentNotificationLog), so a retried job never notifies twice. */
  sentNotifications: "sentnotifications",
  /** Pseudonymous markers of erased or protected people (PrivacyStore): nothing may bring their rows back. */
  exclusions: "exclusions",
  /** A school's own question sets and its choices of set per school and class (QuestionSetStore). */
  questionSets: "questionsets",
} as const;

export type TableName = (typeof TABLES)[keyof typeof TABLES];

/** Queues (DESIGN §4); names: 3-63 lowercase letters, digits and hyphens. */
export const QUEUES = {
  notifications: "notifications",
  notificationsPoison: "notifications-poison",
  surveySends: "survey-sends",
  surveySendsPoison: "survey-sends-poison",
} as const;
