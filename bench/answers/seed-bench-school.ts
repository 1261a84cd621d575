import type { ClassMember } from "../../src/domain/school/school.js";
import { CORE_QUESTIONS } from "../../src/domain/survey/question-bank.js";
import type { Stores } from "../../src/ports/stores.js";
import { person, team, type TeamsPerson } from "../../tests/support/teams-activities.js";

/** Parallel seeding writes: enough to be quick, few enough for the bounded per-try timeout. */
const SEED_CONCURRENCY = 32;
/** Students per class: an upper-secondary class (Danish stx classes are capped at 28). */
export const CLASS_SIZE = 28;
/** Issue 5: a mentor has about 25 students. */
const STUDENTS_PER_MENTOR = 25;

/** One seeded class: its team, its open round, and its students. */
export interface BenchClass {
  classId: string;
  teamId: string;
  roundId: string;
  students: TeamsPerson[];
}

/**
 * A school as it is when a survey has just reached its students: `count` students in classes of CLASS_SIZE, each
 * class installed (a class row) with a roster and an open round, one mentor per 25 students (so low answers reach
 * someone), and each student's 1:1 chat reference (the survey reached them there, so the reference an answer
 * refreshes is already current, as in production). Answers, history and state land in per-class and per-student
 * partitions, as they would in a real school, not in one giant partition.
 */
export async function seedBenchSchool(
  stores: Stores,
  school: { tenantId: string; count: number; serviceUrl: string },
): Promise<BenchClass[]> {
  const { tenantId, serviceUrl } = school;
  const students = Array.from({ length: school.count }, (_, i) => person(`Student ${i}`));
  const classes: BenchClass[] = [];
  for (let i = 0; i < students.length; i += CLASS_SIZE) {
    const t = team(`Bench class ${classes.length + 1}`);
    const roundId = `bench-round-${classes.length + 1}`;
    classes.push({ classId: t.classId, teamId: t.teamId, roundId, students: students.slice(i, i + CLASS_SIZE) });
  }
  const now = Date.now();
  await forEachLimited(classes, async (c) => {
    const { classId, teamId, roundId } = c;
    await stores.classes.save({
      ...{ tenantId, classId, name: `Class ${roundId}`, level: "GF1", programme: "", teamId, serviceUrl },
      ...{ channelConversationId: teamId, installed: true, timeZone: "Europe/Copenhagen" },
    });
    await stores.rounds.create({
      ...{ tenantId, classId, roundId, questions: CORE_QUESTIONS },
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 3_600_000).toISOString(),
      ...{ status: "open", delivery: "personal", origin: "manual:bench" },
    });
  });
  const enrolled = classes.flatMap((c) => c.students.map((s) => ({ s, classId: c.classId })));
  await forEachLimited(enrolled, async ({ s, classId }, i) => {
    // Row by row: Azurite takes over a second per 100-row roster transaction.
    const member: ClassMember = {
      tenantId,
      classId,
      userId: s.userId,
      teamsUserId: s.teamsUserId,
      name: s.name,
      role: "student",
    };
    await stores.members.upsert(member);
    await stores.conversations.save({
      ...{ tenantId, userId: s.userId, teamsUserId: s.teamsUserId, serviceUrl },
      ...{ conversationId: `a:${s.teamsUserId}`, locale: s.locale ?? "en-US", installed: true },
    });
    const mentor = Math.floor(i / STUDENTS_PER_MENTOR);
    await stores.mentorships.save({
      ...{ tenantId, mentorId: `bench-mentor-${mentor}`, studentId: s.userId, role: "mentor" },
      ...{ studentName: s.name, mentorName: `Mentor ${mentor}`, classId },
    });
  });
  return classes;
}

async function forEachLimited<T>(items: readonly T[], work: (item: T, index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: SEED_CONCURRENCY }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i]!, i);
      }
    }),
  );
}
