import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiHarness, type ApiHarness } from "./api-harness.js";

let h: ApiHarness;
beforeAll(async () => {
  h = await startApiHarness();
});
afterAll(() => h.stop());

interface Figure {
  id: string;
  respondents: number;
  mean: number | null;
  participation: number | null;
}
interface Overview {
  classes: Figure[];
  levels: Figure[];
  school: Figure;
  flagsByReason: Array<{ reason: string; students: number | null }>;
  cards: Array<{ cardId: string; title: string; uses: number; n: number; meanChange: number | null }>;
}

describe("the coordinator's school overview", () => {
  it("shows the class's latest closed check-in with six respondents and hides the empty class", async () => {
    const response = await h.call("GET", "/api/v1/school/overview?locale=en", { as: h.school.coordinator });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Overview;
    const gf1 = body.classes.find((c) => c.id === h.school.classId);
    expect(gf1).toMatchObject({ respondents: 6, participation: 1 });
    expect(gf1?.mean).toEqual(expect.any(Number));
    expect(body.classes.find((c) => c.id === h.school.otherClassId)?.mean).toBeNull();
    // The school is the same six people as GF1: showing both reveals nothing more, so both may show.
    expect(body.school.respondents).toBe(6);
  });

  it("hides flag counts under five: one student asked for help, which would point at them", async () => {
    const body = (await (
      await h.call("GET", "/api/v1/school/overview", { as: h.school.coordinator })
    ).json()) as Overview;
    expect(body.flagsByReason.find((f) => f.reason === "helpRequest")?.students).toBeNull();
    expect(body.flagsByReason.find((f) => f.reason === "dropoutThoughts")?.students).toBe(0);
  });

  it("counts Action Card use and hides the effect until five cases closed with scores", async () => {
    const assign = await h.call("POST", `/api/v1/students/${h.school.students[1]}/cases`, { as: h.school.mentor });
    expect(assign.status).toBe(201);
    const body = (await (
      await h.call("GET", "/api/v1/school/overview", { as: h.school.coordinator })
    ).json()) as Overview;
    expect(body.cards).toContainEqual(
      expect.objectContaining({ cardId: "belonging-loneliness", uses: 1, n: 0, meanChange: null }),
    );
  });

  it("is for coordinators only", async () => {
    for (const as of [h.school.teacher, h.school.mentor, h.school.students[0] ?? ""]) {
      expect((await h.call("GET", "/api/v1/school/overview", { as })).status).toBe(403);
    }
  });
});

describe("mentor assignments from CSV", () => {
  const csv = (lines: string[]) => ["mentor_id,student_id,class_id,role", ...lines].join("\n");

  it("a dry run reports each bad line by number and writes nothing", async () => {
    const { classId, students, teacher } = h.school;
    const body = {
      dryRun: true,
      csv: csv([
        `${teacher},${students[5]},${classId},mentor`,
        `${teacher},${students[5]},${classId},mentor`,
        `${teacher},not-a-student,${classId},mentor`,
        `${teacher},${students[4]},no-such-class`,
        `unknown-person,${students[4]},${classId}`,
        `${teacher},${students[4]},${classId},wizard`,
        `just-one-column`,
      ]),
    };
    const response = await h.call("POST", "/api/v1/school/mentorships/import", { as: h.school.coordinator, body });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      dryRun: true,
      lines: 7,
      valid: 1,
      saved: 0,
      errors: [
        { line: 3, error: "duplicate" },
        { line: 4, error: "notOnRoster" },
        { line: 5, error: "unknownClass" },
        { line: 6, error: "unknownMentor" },
        { line: 7, error: "unknownRole" },
        { line: 8, error: "columns" },
      ],
    });
    expect(await h.app.stores.mentorships.mentorsOf(h.school.tenantId, students[5] ?? "")).toEqual([]);
  });

  it("a clean file is saved, and the teacher then sees the student in My students", async () => {
    const { classId, students, teacher } = h.school;
    const body = { dryRun: false, csv: csv([`${teacher},${students[5]},${classId},studentCoach`]) };
    const response = await h.call("POST", "/api/v1/school/mentorships/import", { as: h.school.coordinator, body });
    expect(await response.json()).toMatchObject({ saved: 1, errors: [] });
    const list = await h.call("GET", "/api/v1/my-students", { as: teacher });
    const rows = ((await list.json()) as { students: Array<{ studentId: string; mentorRole: string }> }).students;
    expect(rows).toEqual([expect.objectContaining({ studentId: students[5], mentorRole: "studentCoach" })]);
  });

  it("is refused to anyone but a coordinator", async () => {
    const body = { dryRun: true, csv: "a,b,c" };
    const response = await h.call("POST", "/api/v1/school/mentorships/import", { as: h.school.teacher, body });
    expect(response.status).toBe(403);
  });
});

describe("the Action Card library editor", () => {
  const text = (lang: string) => ({
    title: `Study buddy (${lang})`,
    summary: "Pair the student with a classmate for two weeks.",
    steps: ["Ask the student who they work well with", "Agree on two sessions a week", "Check in after a week"],
  });
  const card = {
    cardId: "study-buddy",
    answers: ["lowScore", "silence"],
    ownerRole: "mentor",
    dueInDays: 7,
    followUpInDays: 14,
    text: { da: text("da"), sv: text("sv"), fi: text("fi"), en: text("en") },
  };

  it("a coordinator adds a card in four languages and mentors see it in their language", async () => {
    const response = await h.call("POST", "/api/v1/action-cards?locale=en", { as: h.school.coordinator, body: card });
    expect(response.status).toBe(200);
    const list = await h.call("GET", "/api/v1/action-cards?locale=fi", { as: h.school.mentor });
    const cards = ((await list.json()) as { cards: Array<{ cardId: string; title: string; builtIn: boolean }> }).cards;
    expect(cards).toContainEqual(
      expect.objectContaining({ cardId: "study-buddy", title: "Study buddy (fi)", builtIn: false }),
    );
  });

  it.each([
    ["a missing language", { ...card, text: { da: text("da"), sv: text("sv"), en: text("en") } }],
    ["two steps only", { ...card, text: { ...card.text, sv: { ...text("sv"), steps: ["a", "b"] } } }],
    ["a follow-up before the due date", { ...card, dueInDays: 20, followUpInDays: 10 }],
    ["an id with spaces", { ...card, cardId: "study buddy" }],
  ])("refuses %s with 400", async (_name, body) => {
    const response = await h.call("POST", "/api/v1/action-cards", { as: h.school.coordinator, body });
    expect(response.status).toBe(400);
  });

  it("only coordinators edit the library", async () => {
    const response = await h.call("POST", "/api/v1/action-cards", { as: h.school.mentor, body: card });
    expect(response.status).toBe(403);
  });
});
