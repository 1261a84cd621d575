/**
 * The one source of PartitionKey/RowKey shapes (DESIGN §4). Keys begin with the tenant so one storage account can
 * hold several schools safely. Table keys may not contain / \ # ? or control characters, so ids are encoded.
 */

const SEP = "|";

/** Makes any id safe as a key part: "/" "\" "#" "?" and "|" are percent-encoded. */
export function keyPart(id: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are forbidden in keys: matching them is the point
  return id.replace(/[/\\#?|%\u0000-\u001f\u007f-\u009f]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

export function pk(...parts: string[]): string {
  return parts.map(keyPart).join(SEP);
}

/** Sorts newest first: RowKey = (max - epoch ms), zero padded. */
export function invertedTime(iso: string): string {
  const ms = Date.parse(iso);
  // An unparseable time would make the key "NaN" and silently break the ordering.
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO time: ${iso}`);
  return String(9_999_999_999_999 - ms).padStart(13, "0");
}

export const keys = {
  classes: (tenant: string, classId: string) => ({ partitionKey: pk(tenant), rowKey: keyPart(classId) }),
  members: (tenant: string, classId: string, userId: string) => ({
    partitionKey: pk(tenant, "class", classId),
    rowKey: keyPart(userId),
  }),
  membersByUser: (tenant: string, userId: string, classId: string) => ({
    partitionKey: pk(tenant, "user", userId),
    rowKey: keyPart(classId),
  }),
  mentorships: (tenant: string, mentorId: string, studentId: string) => ({
    partitionKey: pk(tenant, "mentor", mentorId),
    rowKey: keyPart(studentId),
  }),
  mentorshipsByStudent: (tenant: string, studentId: string, mentorId: string) => ({
    partitionKey: pk(tenant, "student", studentId),
    rowKey: keyPart(mentorId),
  }),
  staff: (tenant: string, userId: string) => ({ partitionKey: pk(tenant), rowKey: keyPart(userId) }),
  /**
   * One small partition per user, not one per tenant: every answer turn reads its sender's reference, and a tenant-wide
   * partition is one hot partition for the whole school (Table Storage's target is 2,000 entities/s per partition;
   * Azurite scans a partition row by row on each point read: 5 ms a read at 1,500 users, bench:answers).
   */
  conversations: (tenant: string, userId: string) => ({
    partitionKey: pk(tenant, "user", userId),
    rowKey: keyPart(userId),
  }),
  /**
   * Rounds live in one partition per class as two rows written in one transaction: "id|<round>" for point reads and
   * "at|<inverted opens time>|<round>" so `latest` is a RowKey-ordered range query. Ids stay free-form this way.
   */
  rounds: (tenant: string, classId: string, roundId: string) => ({
    partitionKey: pk(tenant, classId),
    rowKey: `id${SEP}${keyPart(roundId)}`,
  }),
  roundsByTime: (tenant: string, classId: string, opensAt: string, roundId: string) => ({
    partitionKey: pk(tenant, classId),
    rowKey: `at${SEP}${invertedTime(opensAt)}${SEP}${keyPart(roundId)}`,
  }),
  /** The RowKey range of a class partition's "at|" rows ("}" sorts right after "|"). */
  roundsByTimeRange: { from: `at${SEP}`, before: "at}" },
  deliveries: (tenant: string, roundId: string, recipientId: string) => ({
    partitionKey: pk(tenant, roundId),
    rowKey: keyPart(recipientId),
  }),
  answers: (tenant: string, roundId: string, studentId: string) => ({
    partitionKey: pk(tenant, roundId),
    rowKey: keyPart(studentId),
  }),
  history: (tenant: string, studentId: string, roundOpensAt: string, roundId: string) => ({
    partitionKey: pk(tenant, studentId),
    rowKey: `${invertedTime(roundOpensAt)}${SEP}${keyPart(roundId)}`,
  }),
  studentStatus: (tenant: string, classId: string, studentId: string) => ({
    partitionKey: pk(tenant, classId),
    rowKey: keyPart(studentId),
  }),
  flags: (tenant: string, studentId: string, flagId: string) => ({
    partitionKey: pk(tenant, studentId),
    rowKey: keyPart(flagId),
  }),
  /** In the flags table: a class's climate flags, one partition per class (three key parts: never a student's). */
  classFlags: (tenant: string, classId: string, flagId: string) => ({
    partitionKey: pk(tenant, "classclimate", classId),
    rowKey: keyPart(flagId),
  }),
  cases: (tenant: string, studentId: string, caseId: string) => ({
    partitionKey: pk(tenant, "student", studentId),
    rowKey: keyPart(caseId),
  }),
  casesByOwner: (tenant: string, ownerId: string, caseId: string) => ({
    partitionKey: pk(tenant, "owner", ownerId),
    rowKey: keyPart(caseId),
  }),
  actionCards: (tenant: string, cardId: string) => ({ partitionKey: pk(tenant), rowKey: keyPart(cardId) }),
  schedules: (tenant: string, scheduleId: string) => ({ partitionKey: pk(tenant), rowKey: keyPart(scheduleId) }),
  questionSets: (tenant: string, setId: string) => ({ partitionKey: pk(tenant), rowKey: keyPart(setId) }),
  /** In the questionsets table: the school's default set (RowKey "school") and one row per class that has its own. */
  questionSetChoices: (tenant: string, classId: string | undefined) => ({
    partitionKey: pk(tenant, "choice"),
    rowKey: classId === undefined ? "school" : `class${SEP}${keyPart(classId)}`,
  }),
  settings: (tenant: string, name: string) => ({ partitionKey: pk(tenant), rowKey: keyPart(name) }),
  /** In the settings table: a mentor's snoozes, one partition per mentor. */
  snoozes: (tenant: string, mentorId: string, studentId: string) => ({
    partitionKey: pk(tenant, "snooze", mentorId),
    rowKey: keyPart(studentId),
  }),
  /** In the settings table: flags waiting for their mentor's digest, one partition per tenant. */
  digestEntries: (tenant: string, mentorId: string, flagId: string) => ({
    partitionKey: pk(tenant, "digest"),
    rowKey: `${keyPart(mentorId)}${SEP}${keyPart(flagId)}`,
  }),
  sentNotifications: (tenant: string, key: string) => ({ partitionKey: pk(tenant), rowKey: keyPart(key) }),
  audit: (tenant: string, day: string, at: string, id: string) => ({
    partitionKey: pk(tenant, day),
    rowKey: `${invertedTime(at)}${SEP}${keyPart(id)}`,
  }),
};
