/** Work for the notification worker; each job is idempotent by its `key`. */
export type NotificationJob =
  | {
      kind: "newFlag";
      key: string;
      tenantId: string;
      studentId: string;
      classId: string;
      flagId: string;
      mentorId: string;
    }
  | {
      kind: "caseAssigned";
      key: string;
      tenantId: string;
      studentId: string;
      caseId: string;
      ownerId: string;
    };

/** Remembers which notification keys were sent, so a retried job never notifies twice. */
export interface SentNotificationLog {
  /** Returns false if the key was already recorded. */
  claim(tenantId: string, key: string): Promise<boolean>;
}
