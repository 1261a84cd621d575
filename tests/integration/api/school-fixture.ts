import { randomUUID } from "node:crypto";
import type { Flag, FlagReason } from "../../../src/domain/scoring/flag.js";
import type { ClassMember, MentorRole } from "../../../src/domain/school/school.js";
import { emptyStudentState } from "../../../src/domain/scoring/student-state.js";
import { CORE_QUESTIONS } from "../../../src/domain/survey/question-bank.js";
import type { Round } from "../../../src/domain/survey/round.js";
import type { Stores } from "../../../src/ports/stores.js";

/** A small invented school, seeded through the real stores, with everyone's ids at hand. */
export interface SchoolFixture {
  tenantId: string;
  classId: string;
  otherClassId: string;
  teacher: string;
  otherTeacher: string;
  mentor: string;
  otherMentor: string;
  counsellor: string;
  coordinator: string;
  /** Six students of the class: [helpRequest (sev 3), lowScore (sev 2), silence (sev 1), calm, calm, calm]. */
  students: string[];
  /** Round with all six answering (means shown) and one with three answering (means hidden). */
  fullRoundId: string;
  thinRoundId: string;
}

const NAMES = ["Asta Holm", "Birk Lund", "Cilla Aho", "Dag Berg", "Ebba Vik", "Frode Sand"];
const at = (now: Date, daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();

export async function seedSchool(
  stores: Stores,
  now = new Date(),
  serviceUrl = "http://127.0.0.1:9/",
): Promise<SchoolFixture> {
  const id = () => randomUUID();
  const f: SchoolFixture = {
    tenantId: id(),
    classId: id(),
    otherClassId: id(),
    teacher: id(),
    otherTeacher: id(),
    mentor: id(),
    otherMentor: id(),
    counsellor: id(),
    coordinator: id(),
    students: NAMES.map(() => id()),
    fullRoundId: `round-${id()}`,
    thinRoundId: `round-${id()}`,
  };
  const { tenantId, classId } = f;
  const base = {
    serviceUrl,
    installed: true,
    timeZone: "Europe/Copenhagen",
    programme: "Social and health",
  };
  await stores.classes.save({
    ...base,
    tenantId,
    classId,
    name: "GF1 A",
    level: "GF1",
    teamId: `19:${classId}@thread.tacv2`,
    channelConversationId: `19:${classId}@thread.tacv2`,
  });
  await stores.classes.save({
    ...base,
    tenantId,
    classId: f.otherClassId,
    name: "GF2 B",
    level: "GF2",
    teamId: `19:${f.otherClassId}@thread.tacv2`,
    channelConversationId: `19:${f.otherClassId}@thread.tacv2`,
  });
  const member = (userId: string, name: string, role: ClassMember["role"], inClass = classId): ClassMember => ({
    tenantId,
    classId: inClass,
    userId,
    teamsUserId: `29:${userId}`,
    name,
    role,
  });
  await stores.members.replaceRoster(tenantId, classId, [
    member(f.teacher, "Tove Teacher", "teacher"),
    ...f.students.map((s, i) => member(s, NAMES[i] ?? s, "student")),
  ]);
  await stores.members.replaceRoster(tenantId, f.otherClassId, [
    member(f.otherTeacher, "Ole Other", "teacher", f.otherClassId),
  ]);
  await stores.staff.save({ tenantId, userId: f.coordinator, name: "Cora Coordinator", isCoordinator: true });
  await stores.staff.save({ tenantId, userId: f.mentor, name: "Mads Mentor", isCoordinator: false });

  const mentorship = (mentorId: string, mentorName: string, i: number, role: MentorRole = "mentor") =>
    stores.mentorships.save({
      tenantId,
      mentorId,
      studentId: f.students[i] ?? "",
      role,
      studentName: NAMES[i] ?? "",
      mentorName,
      classId,
    });
  for (const i of [0, 1, 2, 3]) await mentorship(f.mentor, "Mads Mentor", i);
  await mentorship(f.counsellor, "Kim Counsellor", 0, "counsellor");
  await mentorship(f.otherMentor, "Otto Mentor", 4);

  const reasons: FlagReason[][] = [
    [{ kind: "helpRequest", roundId: f.fullRoundId, at: at(now, 2), helpTarget: "mentor" }],
    [{ kind: "lowScore", roundId: f.fullRoundId, at: at(now, 2), dimension: "belonging", value: 2 }],
    [{ kind: "silence", roundId: f.fullRoundId, at: at(now, 1), missedRounds: 2 }],
  ];
  const severities = [3, 2, 1] as const;
  for (const [i, studentId] of f.students.entries()) {
    const state = {
      ...emptyStudentState(tenantId, classId, studentId, NAMES[i] ?? ""),
      trend: [4, 3.7, 3 - i * 0.2],
      lastAnsweredAt: at(now, 2),
    };
    const flagReasons = reasons[i];
    if (flagReasons) {
      const flag: Flag = {
        tenantId,
        classId,
        studentId,
        flagId: `flag-${id()}`,
        reasons: flagReasons,
        severity: severities[i] ?? 1,
        status: "open",
        createdAt: at(now, 2),
        updatedAt: at(now, 2),
      };
      await stores.flags.put(flag, undefined);
      await stores.studentStates.put({ ...state, flagId: flag.flagId }, undefined);
    } else {
      await stores.studentStates.put(state, undefined);
    }
  }

  const round = (roundId: string, daysAgo: number): Round => ({
    tenantId,
    classId,
    roundId,
    questions: CORE_QUESTIONS,
    opensAt: at(now, daysAgo),
    closesAt: at(now, daysAgo - 2),
    status: "closed",
    delivery: "both",
    origin: "test",
  });
  await stores.rounds.create(round(f.thinRoundId, 14));
  await stores.rounds.create(round(f.fullRoundId, 7));
  const answer = (roundId: string, studentId: string, value: number, daysAgo: number) =>
    stores.answers.save(
      {
        tenantId,
        classId,
        roundId,
        studentId,
        answeredAt: at(now, daysAgo),
        values: { "mood-week": value, "belonging-class": value, "energy-week": 3 },
      },
      at(now, daysAgo + 1),
    );
  for (const [i, s] of f.students.entries()) await answer(f.fullRoundId, s, i % 2 === 0 ? 2 : 4, 6);
  for (const s of f.students.slice(0, 3)) await answer(f.thinRoundId, s, 5, 13);
  return f;
}
