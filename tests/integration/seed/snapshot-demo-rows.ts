import type { DemoSchool } from "../../../src/domain/demo/demo-school.js";
import type { Stores } from "../../../src/ports/stores.js";

/** Every row the demo seed writes, read back through the ports, in a stable order for deep comparison. */
export async function snapshotDemoRows(stores: Stores, school: DemoSchool) {
  const { tenantId } = school;
  const byClass = await Promise.all(
    school.classes.map(async (c) => {
      const rounds = await stores.rounds.latest(tenantId, c.classId, 100);
      return {
        schoolClass: await stores.classes.get(tenantId, c.classId),
        members: await stores.members.list(tenantId, c.classId),
        states: await stores.studentStates.listClass(tenantId, c.classId),
        rounds,
        answers: await Promise.all(rounds.map((r) => stores.answers.listRound(tenantId, r.roundId))),
        deliveries: await Promise.all(rounds.map((r) => stores.deliveries.listRound(tenantId, r.roundId))),
      };
    }),
  );
  const people = [...school.staff.map((s) => s.staff.userId), ...school.students.map((s) => s.member.userId)];
  const byPerson = await Promise.all(
    people.map(async (userId) => ({
      classes: await stores.members.classesOf(tenantId, userId),
      mentees: await stores.mentorships.studentsOf(tenantId, userId),
      mentors: await stores.mentorships.mentorsOf(tenantId, userId),
      conversation: await stores.conversations.get(tenantId, userId),
      flags: await stores.flags.listStudent(tenantId, userId),
      history: await stores.answers.history(tenantId, userId, 100),
    })),
  );
  return { classes: await stores.classes.list(tenantId), staff: await stores.staff.list(tenantId), byClass, byPerson };
}
