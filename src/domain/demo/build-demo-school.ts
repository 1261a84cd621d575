import type { PersonalConversation } from "../school/school.js";
import { DEFAULT_THRESHOLDS } from "../scoring/thresholds.js";
import type { Answer } from "../survey/answer.js";
import { demoIds, DEMO_SERVICE_URL } from "./demo-ids.js";
import { DEMO_PROGRAMMES } from "./demo-plan.js";
import { demoRounds, drawClassHistory } from "./demo-history.js";
import { buildDemoRoster } from "./demo-roster.js";
import type { DemoRound, DemoSchool } from "./demo-school.js";
import { createRandom } from "./prng.js";

/** Any fixed seed gives a fixed school; this one tells every persona's story with few re-draws. */
const DEMO_SEED = 20_250_310;

/**
 * Builds the invented demo school (issue 2 §2): 2 programmes, 4 classes (GF1 and GF2), 100 students, 6 mentors,
 * 2 more teachers, a coordinator, and 6 weekly rounds of answers ending at `now`. Pure and deterministic: the same
 * tenant and time give the same school, and ids and names never depend on either.
 */
export function buildDemoSchool(tenantId: string, now: Date): DemoSchool {
  const random = createRandom(DEMO_SEED);
  const roster = buildDemoRoster(tenantId, random);
  const rounds: DemoRound[] = [];
  const answers: Answer[] = [];
  const seen = new Map<string, number>();
  for (const schoolClass of roster.classes) {
    const classRounds = demoRounds(schoolClass, roster.classCodes.get(schoolClass.classId) ?? "class", now);
    const students = roster.students.filter((s) => s.member.classId === schoolClass.classId);
    answers.push(...drawClassHistory(students, classRounds, random, DEFAULT_THRESHOLDS, seen));
    rounds.push(...classRounds);
  }
  const conversation = (userId: string, teamsUserId: string, locale: string, installed: boolean) =>
    ({
      tenantId,
      userId,
      teamsUserId,
      serviceUrl: DEMO_SERVICE_URL,
      conversationId: demoIds.personalConversationId(userId),
      locale,
      installed,
    }) satisfies PersonalConversation;
  const conversations = [
    ...roster.staff.map((s) => conversation(s.staff.userId, s.teamsUserId, s.locale, true)),
    ...roster.students.map((s) =>
      conversation(s.member.userId, s.member.teamsUserId, s.locale, s.persona !== "unreachable"),
    ),
  ];
  return {
    tenantId,
    programmes: [...DEMO_PROGRAMMES],
    classes: roster.classes,
    members: roster.members,
    students: roster.students,
    staff: roster.staff,
    coordinatorId: roster.coordinatorId,
    mentorships: roster.mentorships,
    conversations,
    rounds,
    answers,
  };
}
