import { randomUUID } from "node:crypto";
import type { Flag } from "../../src/domain/scoring/flag.js";
import { emptyStudentState } from "../../src/domain/scoring/student-state.js";
import { CORE_QUESTIONS } from "../../src/domain/survey/question-bank.js";
import type { Stores } from "../../src/ports/stores.js";

/** A class and a mentor as a school has them: 25 students, 8 weekly rounds (the class view's window). */
const CLASS_SIZE = 25;
const ROUNDS = 8;
const DAY = 86_400_000;

export interface MeasuredSchool {
  classId: string;
  teacherId: string;
  mentorId: string;
  studentIds: string[];
  rounds: Array<{ roundId: string; opensAt: string }>;
}

/**
 * The partitions the measured requests read, written through the real stores: one class with its teacher, 25
 * students who all have the same mentor, 8 closed rounds of answers, student states, and five open flags.
 */
export async function seedMeasuredSchool(stores: Stores, tenantId: string, now = new Date()): Promise<MeasuredSchool> {
  const classId = `class-${randomUUID()}`;
  const teacherId = `teacher-${randomUUID()}`;
  const mentorId = `mentor-${randomUUID()}`;
  const students = Array.from({ length: CLASS_SIZE }, (_, i) => ({
    id: `student-${i}-${randomUUID()}`,
    name: `Student ${i}`,
  }));
  await stores.classes.save({
    tenantId,
    classId,
    name: "GF1 Bench",
    level: "GF1",
    programme: "Bench",
    teamId: `19:${classId}@thread.tacv2`,
    channelConversationId: `19:${classId}@thread.tacv2`,
    serviceUrl: "http://127.0.0.1:9/",
    installed: true,
    timeZone: "Europe/Copenhagen",
  });
  await stores.members.replaceRoster(tenantId, classId, [
    { tenantId, classId, userId: teacherId, teamsUserId: `29:${teacherId}`, name: "Teacher", role: "teacher" },
    ...students.map((s) => ({
      tenantId,
      classId,
      userId: s.id,
      teamsUserId: `29:${s.id}`,
      name: s.name,
      role: "student" as const,
    })),
  ]);
  await stores.staff.save({ tenantId, userId: mentorId, name: "Mentor", isCoordinator: false });
  for (const s of students) {
    await stores.mentorships.save({
      tenantId,
      mentorId,
      studentId: s.id,
      role: "mentor",
      studentName: s.name,
      mentorName: "Mentor",
      classId,
    });
  }
  const rounds: MeasuredSchool["rounds"] = [];
  const items: Array<{ answer: Parameters<Stores["answers"]["save"]>[0]; roundOpensAt: string }> = [];
  for (let r = 0; r < ROUNDS; r++) {
    const opensAt = new Date(now.getTime() - (ROUNDS - r) * 7 * DAY).toISOString();
    const roundId = `round-${r}-${randomUUID()}`;
    rounds.push({ roundId, opensAt });
    await stores.rounds.create({
      tenantId,
      classId,
      roundId,
      questions: CORE_QUESTIONS,
      opensAt,
      closesAt: new Date(Date.parse(opensAt) + 2 * DAY).toISOString(),
      status: "closed",
      delivery: "both",
      origin: "bench",
    });
    for (const [i, s] of students.entries()) {
      const value = 1 + ((i + r) % 5);
      items.push({
        answer: {
          tenantId,
          classId,
          roundId,
          studentId: s.id,
          answeredAt: opensAt,
          values: { "mood-week": value, "belonging-class": value, "energy-week": 3 },
        },
        roundOpensAt: opensAt,
      });
    }
  }
  if (stores.answers.importAnswers) await stores.answers.importAnswers(items);
  else for (const item of items) await stores.answers.save(item.answer, item.roundOpensAt);
  for (const [i, s] of students.entries()) {
    const state = {
      ...emptyStudentState(tenantId, classId, s.id, s.name),
      trend: [3, 3.2, 2.8, 3, 2.5],
      lastAnsweredAt: now.toISOString(),
    };
    if (i < 5) {
      const flag: Flag = {
        tenantId,
        classId,
        studentId: s.id,
        flagId: `flag-${randomUUID()}`,
        reasons: [{ kind: "lowScore", roundId: "r", at: now.toISOString(), dimension: "mood", value: 1 }],
        severity: 2,
        status: "open",
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      await stores.flags.put(flag, undefined);
      await stores.studentStates.put({ ...state, flagId: flag.flagId }, undefined);
    } else {
      await stores.studentStates.put(state, undefined);
    }
  }
  return { classId, teacherId, mentorId, studentIds: students.map((s) => s.id), rounds };
}
