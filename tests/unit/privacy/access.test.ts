import { describe, expect, it } from "vitest";
import {
  canAssignCase,
  canOpenCheckIn,
  canOwnCase,
  classAccess,
  isAuditedRead,
  rolesOf,
  studentAccess,
  type Actor,
} from "../../../src/domain/privacy/access.js";

const actor = (over: Partial<Actor>): Actor => ({
  tenantId: "t",
  userId: "me",
  classes: [],
  isMentor: false,
  isCoordinator: false,
  ...over,
});

describe("student access", () => {
  it("a student sees their own record and nobody else's", () => {
    const student = actor({ userId: "s1", classes: [{ classId: "c", role: "student" }] });
    expect(studentAccess(student, "s1", [])).toBe("self");
    expect(studentAccess(student, "s2", ["m"])).toBe("none");
  });

  it("a mentor sees only students whose mentors include them, and those reads are audited", () => {
    const mentor = actor({ userId: "m", isMentor: true });
    expect(studentAccess(mentor, "s1", ["m", "k"])).toBe("mentor");
    expect(studentAccess(mentor, "s2", ["other"])).toBe("none");
    expect(isAuditedRead("mentor")).toBe(true);
    expect(isAuditedRead("self")).toBe(false);
  });

  it("being the student's teacher or a coordinator gives no access to the record", () => {
    const teacher = actor({ userId: "t", classes: [{ classId: "c", role: "teacher" }], isCoordinator: true });
    expect(studentAccess(teacher, "s1", ["m"])).toBe("none");
  });

  it("only the student's mentors assign cases, and only to the student's support staff", () => {
    const mentor = actor({ userId: "m", isMentor: true });
    expect(canAssignCase(mentor, "s1", ["m"])).toBe(true);
    expect(canAssignCase(mentor, "s1", ["k"])).toBe(false);
    expect(canAssignCase(actor({ userId: "s1" }), "s1", ["m"])).toBe(false);
    expect(canOwnCase("k", ["m", "k"])).toBe(true);
    expect(canOwnCase("stranger", ["m", "k"])).toBe(false);
  });
});

describe("class access", () => {
  it("teachers of the class and coordinators see aggregates; a teacher of another class does not", () => {
    expect(classAccess(actor({ classes: [{ classId: "c", role: "teacher" }] }), "c")).toBe("teacher");
    expect(classAccess(actor({ classes: [{ classId: "d", role: "teacher" }] }), "c")).toBe("none");
    expect(classAccess(actor({ classes: [{ classId: "c", role: "student" }] }), "c")).toBe("none");
    expect(classAccess(actor({ isCoordinator: true }), "c")).toBe("coordinator");
  });

  it("only the class's teachers open a check-in", () => {
    expect(canOpenCheckIn(actor({ classes: [{ classId: "c", role: "teacher" }] }), "c")).toBe(true);
    expect(canOpenCheckIn(actor({ isCoordinator: true }), "c")).toBe(false);
  });

  it("roles are listed in a stable order", () => {
    const everyone = actor({
      classes: [
        { classId: "c", role: "teacher" },
        { classId: "d", role: "student" },
      ],
      isMentor: true,
      isCoordinator: true,
    });
    expect(rolesOf(everyone)).toEqual(["student", "teacher", "mentor", "coordinator"]);
    expect(rolesOf(actor({}))).toEqual([]);
  });
});
