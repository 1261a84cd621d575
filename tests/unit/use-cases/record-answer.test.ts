import { describe, expect, it } from "vitest";
import { ConcurrentChangeError } from "../../../src/ports/case-stores.js";
import { recordAnswer, type RecordAnswerDeps } from "../../../src/use-cases/record-answer.js";
import { memorySchool, sequentialIds, TENANT, type MemorySchool } from "../bot/memory-school.js";

const LOW = { "mood-week": 1, "belonging-class": 2, "energy-week": 2 };
const FINE = { "mood-week": 4, "belonging-class": 4, "energy-week": 5 };

function deps(school: MemorySchool, at = school.now): RecordAnswerDeps {
  return { stores: school.stores, queues: school.queues, clock: { now: () => at }, ids: sequentialIds("flag") };
}

function input(
  school: MemorySchool,
  studentId: string,
  values: Record<string, unknown>,
  help?: { target: unknown; note?: unknown },
) {
  return {
    tenantId: TENANT,
    classId: school.round.classId,
    roundId: school.round.roundId,
    studentId,
    submitted: { values, ...(help ? { help } : {}) },
  };
}

async function mentor(school: MemorySchool, mentorId: string, studentId: string) {
  await school.stores.mentorships.save({
    tenantId: TENANT,
    mentorId,
    studentId,
    role: "mentor",
    studentName: "x",
    mentorName: "y",
    classId: school.round.classId,
  });
}

describe("recordAnswer", () => {
  it("when a student answers twice with the same values, one answer is stored", async () => {
    const school = await memorySchool();
    const first = await recordAnswer(deps(school), input(school, "s-emma", FINE));
    const again = await recordAnswer(deps(school), input(school, "s-emma", FINE));
    expect(first.ok && first.saved).toBe("created");
    expect(again.ok && again.saved).toBe("unchanged");
    expect(await school.stores.answers.listRound(TENANT, "round-1")).toHaveLength(1);
  });

  it("a changed answer within the window replaces the stored one", async () => {
    const school = await memorySchool();
    await recordAnswer(deps(school), input(school, "s-emma", FINE));
    const changed = await recordAnswer(deps(school), input(school, "s-emma", { ...FINE, "mood-week": 3 }));
    expect(changed.ok && changed.saved).toBe("replaced");
    expect((await school.stores.answers.get(TENANT, "round-1", "s-emma"))?.values["mood-week"]).toBe(3);
  });

  it("a low answer opens one flag and puts it in each mentor's next digest; a replay adds nothing more", async () => {
    const school = await memorySchool();
    await mentor(school, "m-1", "s-freja");
    await mentor(school, "m-2", "s-freja");
    const result = await recordAnswer(deps(school), input(school, "s-freja", LOW));
    expect(result.ok && result.mentorsNotified).toBe(2);
    await recordAnswer(deps(school), input(school, "s-freja", LOW));
    const flags = await school.stores.flags.listStudent(TENANT, "s-freja");
    expect(flags).toHaveLength(1);
    expect(flags[0]?.reasons.every((r) => r.kind === "lowScore")).toBe(true);
    // Severity 2 waits for the daily digest (DESIGN §3): nothing is sent at once.
    expect(school.queues.notifications.pending()).toEqual([]);
    expect((await school.stores.digests.listPending(TENANT)).map((e) => e.mentorId)).toEqual(["m-1", "m-2"]);
  });

  it("a flagging answer reads the student's mentorships once, started beside its state and flag writes", async () => {
    const school = await memorySchool();
    await mentor(school, "m-1", "s-freja");
    const reads: string[] = [];
    const mentorships = school.stores.mentorships;
    const counting = Object.assign(Object.create(mentorships) as typeof mentorships, {
      mentorsOf: (tenantId: string, studentId: string) => {
        reads.push(studentId);
        return mentorships.mentorsOf(tenantId, studentId);
      },
    });
    const stores = { ...school.stores, mentorships: counting };
    const result = await recordAnswer({ ...deps(school), stores }, input(school, "s-freja", LOW));
    expect(result.ok && result.mentorsNotified).toBe(1);
    expect(reads).toEqual(["s-freja"]);
    const fine = await recordAnswer({ ...deps(school), stores }, input(school, "s-emma", FINE));
    expect(fine.ok && fine.mentorsNotified).toBe(0);
    expect(reads).toEqual(["s-freja"]); // a fine answer is no news: no mentorship read at all
  });

  it("a low answer that is no news stores normally even when the early mentorship read fails", async () => {
    const school = await memorySchool();
    await mentor(school, "m-1", "s-freja");
    await recordAnswer(deps(school), input(school, "s-freja", LOW)); // the flag is open: the same low again is no news
    const failing = Object.assign(Object.create(school.stores.mentorships) as typeof school.stores.mentorships, {
      mentorsOf: () => Promise.reject(new Error("storage unavailable")),
    });
    const stores = { ...school.stores, mentorships: failing };
    const again = await recordAnswer({ ...deps(school), stores }, input(school, "s-freja", { ...LOW, "mood-week": 2 }));
    expect(again).toMatchObject({ ok: true, saved: "replaced", mentorsNotified: 0 });
    expect((await school.stores.answers.get(TENANT, "round-1", "s-freja"))?.values["mood-week"]).toBe(2);
  });

  it("asking to talk to someone flags at severity 3 even with skipped questions", async () => {
    const school = await memorySchool();
    await mentor(school, "m-1", "s-noah");
    const result = await recordAnswer(
      deps(school),
      input(school, "s-noah", {}, { target: "counsellor", note: "  a note  " }),
    );
    expect(result.ok && result.flag?.severity).toBe(3);
    expect((await school.stores.answers.get(TENANT, "round-1", "s-noah"))?.help).toEqual({
      target: "counsellor",
      note: "a note",
    });
  });

  it("a fine answer stores the answer and the state, but no flag and no notification", async () => {
    const school = await memorySchool();
    await mentor(school, "m-1", "s-emma");
    await recordAnswer(deps(school), input(school, "s-emma", FINE));
    expect(await school.stores.flags.listStudent(TENANT, "s-emma")).toEqual([]);
    expect((await school.stores.studentStates.get(TENANT, "class-1", "s-emma"))?.value.countedRounds).toEqual([
      "round-1",
    ]);
    expect(school.queues.notifications.pending()).toEqual([]);
  });

  it.each([
    ["an unknown round", { roundId: "nope" }, "roundNotFound"],
    ["the teacher", { studentId: "teacher-1" }, "notStudent"],
    ["someone outside the class", { studentId: "stranger" }, "notStudent"],
    ["a value off the scale", { submitted: { values: { ...FINE, "mood-week": 6 } } }, "valueOffScale"],
    ["a missing value", { submitted: { values: { "mood-week": 3 } } }, "missingValue"],
    ["a question not in the round", { submitted: { values: { ...FINE, "x-extra": 3 } } }, "unknownQuestion"],
  ])("rejects %s and stores nothing", async (_what, override, reason) => {
    const school = await memorySchool();
    const result = await recordAnswer(deps(school), { ...input(school, "s-emma", FINE), ...override });
    expect(result).toMatchObject({ ok: false, reason });
    expect(await school.stores.answers.listRound(TENANT, "round-1")).toEqual([]);
    expect(await school.stores.studentStates.listClass(TENANT, "class-1")).toEqual([]);
    expect(school.queues.notifications.pending()).toEqual([]);
  });

  it("rejects an answer after the round closed", async () => {
    const school = await memorySchool();
    const later = new Date(Date.parse(school.round.closesAt) + 1);
    expect(await recordAnswer(deps(school, later), input(school, "s-emma", FINE))).toMatchObject({
      ok: false,
      reason: "roundClosed",
    });
    expect(await school.stores.answers.listRound(TENANT, "round-1")).toEqual([]);
  });

  it("retries when the student's state changed meanwhile (ETag conflict)", async () => {
    const school = await memorySchool();
    const put = school.stores.studentStates.put.bind(school.stores.studentStates);
    let conflicts = 1;
    school.stores.studentStates.put = async (state, etag) => {
      if (conflicts-- > 0) throw new ConcurrentChangeError("student state");
      return put(state, etag);
    };
    const result = await recordAnswer(deps(school), input(school, "s-freja", LOW));
    expect(result.ok).toBe(true);
    expect(await school.stores.flags.listStudent(TENANT, "s-freja")).toHaveLength(1);
  });

  it("after a crash between the state and the flag write, a retry opens exactly one flag and notifies", async () => {
    const school = await memorySchool();
    await mentor(school, "m-1", "s-freja");
    const put = school.stores.flags.put.bind(school.stores.flags);
    let crashes = 1;
    school.stores.flags.put = async (flag, etag) => {
      if (crashes-- > 0) throw new Error("storage went away");
      return put(flag, etag);
    };
    await expect(recordAnswer(deps(school), input(school, "s-freja", LOW))).rejects.toThrow("storage went away");
    await recordAnswer(deps(school), input(school, "s-freja", LOW)); // Teams re-sends the invoke
    const flags = await school.stores.flags.listStudent(TENANT, "s-freja");
    expect(flags).toHaveLength(1);
    const state = await school.stores.studentStates.get(TENANT, "class-1", "s-freja");
    expect(state?.value.flagId).toBe(flags[0]?.flagId);
    expect(await school.stores.digests.listPending(TENANT)).toHaveLength(1);
  });
});
