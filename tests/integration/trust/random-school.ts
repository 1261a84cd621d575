import { randomUUID } from "node:crypto";
import fc from "fast-check";
import type { Stores } from "../../../src/ports/stores.js";

/** A generated school (trust.md P11): who is in which class, who teaches and mentors whom, who coordinates. */
export interface School {
  tenantId: string;
  classes: string[];
  /** student id -> class id */
  students: Map<string, string>;
  /** teacher id -> the classes they teach */
  teachers: Map<string, string[]>;
  /** mentor id -> their students */
  mentors: Map<string, string[]>;
  coordinators: string[];
  /** Someone with a valid token and no relation to anybody. */
  stranger: string;
}

export interface SchoolShape {
  classCount: number;
  studentClasses: number[];
  teaching: number[][];
  mentoring: number[][];
  coordinator: boolean;
}

/** Small schools keep a run of every route x actor x target inside ~30 s (the brief's budget). */
export const schoolShape: fc.Arbitrary<SchoolShape> = fc
  .record({ classCount: fc.integer({ min: 1, max: 3 }), studentCount: fc.integer({ min: 2, max: 5 }) })
  .chain(({ classCount, studentCount }) =>
    fc.record({
      classCount: fc.constant(classCount),
      studentClasses: fc.array(fc.nat(classCount - 1), { minLength: studentCount, maxLength: studentCount }),
      teaching: fc.array(fc.uniqueArray(fc.nat(classCount - 1), { maxLength: classCount }), {
        minLength: 1,
        maxLength: 2,
      }),
      mentoring: fc.array(fc.uniqueArray(fc.nat(studentCount - 1), { maxLength: studentCount }), {
        minLength: 1,
        maxLength: 3,
      }),
      coordinator: fc.boolean(),
    }),
  );

/** Gives the shape fresh ids in a fresh tenant and writes it through the real stores. */
export async function seedRandomSchool(stores: Stores, shape: SchoolShape, serviceUrl: string): Promise<School> {
  const tenantId = randomUUID();
  const classes = Array.from({ length: shape.classCount }, () => randomUUID());
  const studentIds = shape.studentClasses.map(() => randomUUID());
  const school: School = {
    tenantId,
    classes,
    students: new Map(studentIds.map((s, i) => [s, classes[shape.studentClasses[i] ?? 0] ?? ""])),
    teachers: new Map(shape.teaching.map((cs) => [randomUUID(), cs.map((c) => classes[c] ?? "")])),
    mentors: new Map(shape.mentoring.map((ss) => [randomUUID(), ss.map((s) => studentIds[s] ?? "")])),
    coordinators: shape.coordinator ? [randomUUID()] : [],
    stranger: randomUUID(),
  };
  for (const classId of classes) {
    await stores.classes.save({
      tenantId,
      classId,
      name: `Class ${classId.slice(0, 4)}`,
      level: "GF1",
      programme: "Test",
      teamId: `19:${classId}@thread.tacv2`,
      channelConversationId: `19:${classId}@thread.tacv2`,
      serviceUrl,
      installed: true,
      timeZone: "Europe/Copenhagen",
    });
    const member = (userId: string, role: "student" | "teacher") => ({
      tenantId,
      classId,
      userId,
      teamsUserId: `29:${userId}`,
      name: `Person ${userId.slice(0, 4)}`,
      role,
    });
    await stores.members.replaceRoster(tenantId, classId, [
      ...[...school.teachers].filter(([, cs]) => cs.includes(classId)).map(([t]) => member(t, "teacher")),
      ...[...school.students].filter(([, c]) => c === classId).map(([s]) => member(s, "student")),
    ]);
  }
  for (const [mentorId, students] of school.mentors) {
    for (const studentId of students) {
      await stores.mentorships.save({
        tenantId,
        mentorId,
        studentId,
        role: "mentor",
        studentName: `Student ${studentId.slice(0, 4)}`,
        mentorName: `Mentor ${mentorId.slice(0, 4)}`,
        classId: school.students.get(studentId) ?? "",
      });
    }
  }
  for (const userId of school.coordinators) {
    await stores.staff.save({ tenantId, userId, name: "Coordinator", isCoordinator: true });
  }
  return school;
}

/** Everyone who can hold a token in the school, the stranger included. */
export function actorsOf(school: School): string[] {
  return [
    ...school.students.keys(),
    ...school.teachers.keys(),
    ...school.mentors.keys(),
    ...school.coordinators,
    school.stranger,
  ];
}

export const mentorsOf = (school: School, studentId: string) =>
  [...school.mentors].filter(([, ss]) => ss.includes(studentId)).map(([m]) => m);
