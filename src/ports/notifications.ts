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
    }
  | {
      /** One mentor's daily digest: the flags listed were pending when the digest run queued it. */
      kind: "digest";
      key: string;
      tenantId: string;
      mentorId: string;
      /** Local day (YYYY-MM-DD) in the school's time zone; part of the key, one digest per mentor per day. */
      day: string;
      entries: Array<{ studentId: string; classId: string; flagId: string }>;
    }
  | {
      /** Tells one teacher of a class, 1:1, that the class's climate fell: aggregates only, never a student. */
      kind: "classClimate";
      key: string;
      tenantId: string;
      classId: string;
      flagId: string;
      teacherId: string;
    }
  | {
      /** Tells a student, 1:1, that a mentor saw their help request. */
      kind: "helpSeen";
      key: string;
      tenantId: string;
      studentId: string;
      flagId: string;
    };

/** Remembers which notification keys were sent, so a retried job never notifies twice. */
export interface SentNotificationLog {
  /** Returns false if the key was already recorded. */
  claim(tenantId: string, key: string): Promise<boolean>;
}
