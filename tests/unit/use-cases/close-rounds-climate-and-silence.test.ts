import { describe, expect, it } from "vitest";
import { DEFAULT_SCHOOL_SETTINGS } from "../../../src/domain/scoring/school-settings.js";
import type { ClassMember } from "../../../src/domain/school/school.js";
import type { Round } from "../../../src/domain/survey/round.js";
import { closeExpiredRounds } from "../../../src/use-cases/close-expired-rounds.js";
import { memorySchool, sequentialIds, TENANT, type MemorySchool } from "../bot/memory-school.js";

const HOUR = 3_600_000;

/** Adds students until the class has `count`, so rounds can reach the 5 respondents a class aggregate needs. */
async function withStudents(school: MemorySchool, count: number): Promise<ClassMember[]> {
  const extra = Array.from({ length: count - school.students.length }, (_, i) => ({
    ...school.teacher,
    userId: `s-extra-${i}`,
    teamsUserId: `29:s-extra-${i}`,
    name: `Elev ${i}`,
    role: "student" as const,
  }));
  const students = [...school.students, ...extra];
  await school.stores.members.replaceRoster(TENANT, school.round.classId, [school.teacher, ...students]);
  return students;
}

/** A round `week` weeks after the fixture's, answered by `students` with `belonging`, then closed by the tick. */
async function closedRound(school: MemorySchool, week: number, students: ClassMember[], belonging: number) {
  const opensAt = new Date(school.now.getTime() + week * 168 * HOUR);
  const round: Round = {
    ...school.round,
    roundId: `round-w${week}`,
    opensAt: opensAt.toISOString(),
    closesAt: new Date(opensAt.getTime() + 24 * HOUR).toISOString(),
  };
  await school.stores.rounds.create(round);
  for (const s of students) {
    const values = { "mood-week": 4, "belonging-class": belonging, "energy-week": 4 };
    await school.stores.answers.save(
      { ...round, studentId: s.userId, values, answeredAt: opensAt.toISOString() },
      round.opensAt,
    );
  }
  const clock = { now: () => new Date(Date.parse(round.closesAt) + HOUR) };
  const deps = { stores: school.stores, queues: school.queues, clock, ids: sequentialIds() };
  return { round, tick: () => closeExpiredRounds(deps, { tenantIds: [TENANT] }) };
}

describe("closing a round judges the class climate", () => {
  it("a fall against the class's baseline stores one open class flag and queues one card per teacher, once", async () => {
    const school = await memorySchool();
    await school.stores.rounds.close(TENANT, school.round.classId, school.round.roundId);
    const students = await withStudents(school, 6);
    for (const week of [1, 2, 3]) await (await closedRound(school, week, students, 4)).tick();
    expect(await school.stores.classFlags.listClass(TENANT, school.round.classId)).toEqual([]);
    const fall = await closedRound(school, 4, students, 2);
    await fall.tick();
    await fall.tick(); // a repeated tick: nothing new

    const flags = await school.stores.classFlags.listClass(TENANT, school.round.classId);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ status: "open", roundId: "round-w4" });
    expect(flags[0]?.signals).toEqual([
      { dimension: "belonging", roundId: "round-w4", value: 2, baseline: 4, respondents: 6 },
    ]);
    expect(JSON.stringify(flags[0])).not.toMatch(/s-freja|s-extra|Freja/);
    const jobs = school.queues.notifications.pending().filter((j) => j.kind === "classClimate");
    expect(jobs).toEqual([expect.objectContaining({ kind: "classClimate", teacherId: school.teacher.userId })]);
  });

  it("with fewer than 5 respondents nothing is raised, however far the class falls", async () => {
    const school = await memorySchool();
    await school.stores.rounds.close(TENANT, school.round.classId, school.round.roundId);
    const students = await withStudents(school, 6);
    for (const week of [1, 2, 3]) await (await closedRound(school, week, students, 5)).tick();
    await (await closedRound(school, 4, students.slice(0, 4), 1)).tick();
    expect(await school.stores.classFlags.listClass(TENANT, school.round.classId)).toEqual([]);
    expect(school.queues.notifications.pending().filter((j) => j.kind === "classClimate")).toEqual([]);
  });
});

describe("closing a round counts silence with the school's own settings", () => {
  it("one missed round flags silence when the school set silenceRounds to 1, into the mentor's digest", async () => {
    const school = await memorySchool();
    const [freja] = school.students;
    await school.stores.schoolSettings.put(
      TENANT,
      { ...DEFAULT_SCHOOL_SETTINGS, thresholds: { ...DEFAULT_SCHOOL_SETTINGS.thresholds, silenceRounds: 1 } },
      undefined,
    );
    await school.stores.mentorships.save({
      tenantId: TENANT,
      mentorId: "mentor-1",
      studentId: freja!.userId,
      role: "mentor",
      studentName: freja!.name,
      mentorName: "Mads Mentor",
      classId: school.round.classId,
    });
    await school.stores.deliveries.save({
      tenantId: TENANT,
      roundId: school.round.roundId,
      recipientId: freja!.userId,
      status: "sent",
      updatedAt: school.now.toISOString(),
    });
    const clock = { now: () => new Date(Date.parse(school.round.closesAt) + HOUR) };
    await closeExpiredRounds(
      { stores: school.stores, queues: school.queues, clock, ids: sequentialIds() },
      { tenantIds: [TENANT] },
    );
    const [flag] = await school.stores.flags.listStudent(TENANT, freja!.userId);
    expect(flag?.reasons.map((r) => r.kind)).toEqual(["silence"]);
    // Severity 1: the digest, not a card at once (the same routing as an answer's news).
    expect(await school.stores.digests.listPending(TENANT)).toEqual([
      expect.objectContaining({ mentorId: "mentor-1", studentId: freja!.userId, flagId: flag!.flagId }),
    ]);
    expect(school.queues.notifications.pending().filter((j) => j.kind === "newFlag")).toEqual([]);
  });

  it("with the default of 2, one missed round is not yet silence", async () => {
    const school = await memorySchool();
    const [freja] = school.students;
    await school.stores.deliveries.save({
      tenantId: TENANT,
      roundId: school.round.roundId,
      recipientId: freja!.userId,
      status: "sent",
      updatedAt: school.now.toISOString(),
    });
    const clock = { now: () => new Date(Date.parse(school.round.closesAt) + HOUR) };
    await closeExpiredRounds(
      { stores: school.stores, queues: school.queues, clock, ids: sequentialIds() },
      { tenantIds: [TENANT] },
    );
    expect(await school.stores.flags.listStudent(TENANT, freja!.userId)).toEqual([]);
  });
});
