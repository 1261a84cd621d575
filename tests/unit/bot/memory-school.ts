import {
  createMemoryQueues,
  createMemoryStores,
  type MemoryQueues,
} from "../../../src/adapters/memory/create-memory-stores.js";
import type { ClassMember, SchoolClass } from "../../../src/domain/school/school.js";
import { CORE_QUESTIONS } from "../../../src/domain/survey/question-bank.js";
import type { Round } from "../../../src/domain/survey/round.js";
import type { Stores } from "../../../src/ports/stores.js";

/** A tiny invented school in memory stores: one class, a teacher, three students, an open round. */
export interface MemorySchool {
  stores: Stores;
  queues: MemoryQueues;
  schoolClass: SchoolClass;
  round: Round;
  teacher: ClassMember;
  students: ClassMember[];
  now: Date;
}

export const TENANT = "tenant-unit";

export async function memorySchool(): Promise<MemorySchool> {
  const stores = createMemoryStores();
  const queues = createMemoryQueues();
  const now = new Date("2026-11-23T09:00:00.000Z");
  const schoolClass: SchoolClass = {
    tenantId: TENANT,
    classId: "class-1",
    name: "GF1 A",
    level: "GF1",
    programme: "",
    teamId: "19:team@thread.tacv2",
    channelConversationId: "19:team@thread.tacv2",
    serviceUrl: "https://smba.trafficmanager.net/emea/",
    installed: true,
    timeZone: "Europe/Copenhagen",
  };
  await stores.classes.save(schoolClass);
  const member = (userId: string, name: string, role: ClassMember["role"]): ClassMember => ({
    tenantId: TENANT,
    classId: schoolClass.classId,
    userId,
    teamsUserId: `29:${userId}`,
    name,
    role,
  });
  const teacher = member("teacher-1", "Ida Lærer", "teacher");
  const students = [
    member("s-freja", "Freja Holm", "student"),
    member("s-noah", "Noah Berg", "student"),
    member("s-emma", "Emma Lund", "student"),
  ];
  await stores.members.replaceRoster(TENANT, schoolClass.classId, [teacher, ...students]);
  const round: Round = {
    tenantId: TENANT,
    classId: schoolClass.classId,
    roundId: "round-1",
    questions: CORE_QUESTIONS,
    opensAt: now.toISOString(),
    closesAt: new Date(now.getTime() + 48 * 3_600_000).toISOString(),
    status: "open",
    delivery: "both",
    origin: "manual:teacher-1",
  };
  await stores.rounds.create(round);
  return { stores, queues, schoolClass, round, teacher, students, now };
}

export function sequentialIds(prefix = "id") {
  let n = 0;
  return { next: () => `${prefix}-${++n}` };
}
