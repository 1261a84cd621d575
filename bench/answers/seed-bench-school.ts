import type { ClassMember } from "../../src/domain/school/school.js";
import { CORE_QUESTIONS } from "../../src/domain/survey/question-bank.js";
import type { Stores } from "../../src/ports/stores.js";
import type { TeamsPerson } from "../../tests/support/teams-activities.js";

/** Parallel seeding writes: enough to be quick, few enough for the bounded per-try timeout. */
const SEED_CONCURRENCY = 32;

export interface BenchSchool {
  tenantId: string;
  classId: string;
  teamId: string;
  roundId: string;
  students: readonly TeamsPerson[];
  serviceUrl: string;
}

/**
 * The state a real class is in when its students answer: the class (the app is installed in its team), a roster, one mentor per 25 students (so low answers
 * reach someone), an open round, and each student's 1:1 chat reference (the survey reached them there, so the
 * reference the invoke refreshes is already current, as in production).
 */
export async function seedBenchSchool(stores: Stores, school: BenchSchool): Promise<void> {
  const { tenantId, classId, roundId, students } = school;
  await stores.classes.save({
    ...{ tenantId, classId, name: "Bench class", level: "", programme: "", teamId: school.teamId },
    ...{
      channelConversationId: school.teamId,
      serviceUrl: school.serviceUrl,
      installed: true,
      timeZone: "Europe/Copenhagen",
    },
  });
  const now = Date.now();
  await stores.rounds.create({
    ...{ tenantId, classId, roundId, questions: CORE_QUESTIONS },
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 3_600_000).toISOString(),
    ...{ status: "open", delivery: "personal", origin: "manual:bench" },
  });
  await forEachLimited(students, async (s, i) => {
    // Row by row: Azurite takes over a second per 100-row roster transaction, past the app's per-try time limit.
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
      ...{ tenantId, userId: s.userId, teamsUserId: s.teamsUserId, serviceUrl: school.serviceUrl },
      ...{ conversationId: `a:${s.teamsUserId}`, locale: s.locale ?? "en-US", installed: true },
    });
    const mentor = Math.floor(i / 25); // issue 5: a mentor has about 25 students
    await stores.mentorships.save({
      ...{ tenantId, mentorId: `bench-mentor-${mentor}`, studentId: s.userId, role: "mentor" },
      ...{ studentName: s.name, mentorName: `Mentor ${mentor}`, classId },
    });
  });
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
