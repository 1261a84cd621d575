import { randomUUID } from "node:crypto";
import type { Case } from "../../../../src/domain/action-cards/case.js";
import type { ClassMember, SchoolClass } from "../../../../src/domain/school/school.js";
import type { Flag } from "../../../../src/domain/scoring/flag.js";
import { emptyStudentState, type StudentState } from "../../../../src/domain/scoring/student-state.js";
import type { Answer } from "../../../../src/domain/survey/answer.js";
import { CORE_QUESTIONS } from "../../../../src/domain/survey/question-bank.js";
import type { Round } from "../../../../src/domain/survey/round.js";

/** Synthetic data only: invented names and random ids. Each test gets its own tenant, so tests never collide. */
export const newTenant = () => `tenant-${randomUUID()}`;

export function schoolClass(tenantId: string, classId = "class-gf1-a"): SchoolClass {
  return {
    tenantId,
    classId,
    name: "GF1 A",
    level: "GF1",
    programme: "Mechanics",
    teamId: `19:${classId}@thread.tacv2`,
    channelConversationId: `19:${classId}@thread.tacv2`,
    serviceUrl: "https://smba.trafficmanager.net/emea/",
    installed: true,
    timeZone: "Europe/Copenhagen",
  };
}

export function member(tenantId: string, classId: string, userId: string, role: ClassMember["role"] = "student") {
  return { tenantId, classId, userId, teamsUserId: `29:${userId}`, name: `Elev ${userId}`, role } satisfies ClassMember;
}

export function round(tenantId: string, classId: string, roundId: string, opensAt: string): Round {
  const closesAt = new Date(Date.parse(opensAt) + 3 * 86_400_000).toISOString();
  return {
    tenantId,
    classId,
    roundId,
    questions: CORE_QUESTIONS,
    opensAt,
    closesAt,
    status: "open",
    delivery: "both",
    origin: "manual:teacher-1",
  };
}

export function answer(tenantId: string, roundId: string, studentId: string, values: Record<string, number>): Answer {
  return { tenantId, classId: "class-gf1-a", roundId, studentId, values, answeredAt: new Date().toISOString() };
}

export function studentState(tenantId: string, studentId: string): StudentState {
  return { ...emptyStudentState(tenantId, "class-gf1-a", studentId, "Freja Testesen"), trend: [3.5], missedInRow: 0 };
}

export function flag(tenantId: string, studentId: string, flagId = "flag-1"): Flag {
  const at = "2025-03-03T08:00:00.000Z";
  return {
    tenantId,
    classId: "class-gf1-a",
    studentId,
    flagId,
    reasons: [{ kind: "lowScore", roundId: "round-1", at, dimension: "mood", value: 1 }],
    severity: 2,
    status: "open",
    createdAt: at,
    updatedAt: at,
  };
}

export function aCase(tenantId: string, studentId: string, caseId: string, ownerId: string): Case {
  return {
    tenantId,
    studentId,
    classId: "class-gf1-a",
    caseId,
    cardId: "general-wellbeing",
    ownerId,
    assignedBy: "mentor-1",
    status: "open",
    stepsDone: [],
    createdAt: "2025-03-03T08:00:00.000Z",
    dueDate: "2025-03-10",
    followUpDate: "2025-03-24",
    scoreBefore: 2.5,
  };
}
