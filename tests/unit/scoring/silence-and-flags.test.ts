import { describe, expect, it } from "vitest";
import { evaluateMissedRound } from "../../../src/domain/scoring/evaluate-missed-round.js";
import { severityOf, type FlagReason } from "../../../src/domain/scoring/flag.js";
import { mergeFlag, resolveIfQuiet } from "../../../src/domain/scoring/merge-flag.js";
import { emptyStudentState } from "../../../src/domain/scoring/student-state.js";
import { DEFAULT_THRESHOLDS } from "../../../src/domain/scoring/thresholds.js";

const ids = { tenantId: "t", classId: "c", studentId: "s", newFlagId: "f1" };
const reason = (kind: FlagReason["kind"], roundId = "r1", dimension?: FlagReason["dimension"]): FlagReason => ({
  kind,
  roundId,
  at: "2026-11-20T10:00:00.000Z",
  ...(dimension ? { dimension } : {}),
});

describe("silence", () => {
  it("two delivered rounds unanswered in a row raise silence", () => {
    let state = emptyStudentState("t", "c", "s", "N");
    const first = evaluateMissedRound(state, "r1", "2026-11-01T00:00:00Z", true, DEFAULT_THRESHOLDS);
    expect(first.reasons).toEqual([]);
    state = first.state;
    const second = evaluateMissedRound(state, "r2", "2026-11-08T00:00:00Z", true, DEFAULT_THRESHOLDS);
    expect(second.reasons).toEqual([expect.objectContaining({ kind: "silence", missedRounds: 2 })]);
  });

  it("a round that never reached the student (failed delivery) never counts as silence", () => {
    let state = emptyStudentState("t", "c", "s", "N");
    state = evaluateMissedRound(state, "r1", "2026-11-01T00:00:00Z", false, DEFAULT_THRESHOLDS).state;
    const second = evaluateMissedRound(state, "r2", "2026-11-08T00:00:00Z", false, DEFAULT_THRESHOLDS);
    expect(second.state.missedInRow).toBe(0);
    expect(second.reasons).toEqual([]);
  });

  it("the same missed round counted twice is counted once", () => {
    const state = evaluateMissedRound(emptyStudentState("t", "c", "s", "N"), "r1", "x", true, DEFAULT_THRESHOLDS).state;
    expect(evaluateMissedRound(state, "r1", "x", true, DEFAULT_THRESHOLDS).state.missedInRow).toBe(1);
  });
});

describe("flags", () => {
  it("severity: help request is 3, low score 2, silence 1, two serious kinds make 3", () => {
    expect(severityOf([reason("helpRequest")])).toBe(3);
    expect(severityOf([reason("lowScore")])).toBe(2);
    expect(severityOf([reason("silence")])).toBe(1);
    expect(severityOf([reason("lowScore"), reason("drop")])).toBe(3);
  });

  it("a first reason opens a flag, which is news", () => {
    const change = mergeFlag(undefined, [reason("lowScore", "r1", "mood")], ids, "now");
    expect(change?.isNews).toBe(true);
    expect(change?.flag).toMatchObject({ status: "open", severity: 2, flagId: "f1" });
  });

  it("a new reason joins the open flag and is news; the same reason again is not", () => {
    const first = mergeFlag(undefined, [reason("lowScore", "r1", "mood")], ids, "t1")!.flag;
    const joined = mergeFlag(first, [reason("helpRequest", "r2")], ids, "t2")!;
    expect(joined.isNews).toBe(true);
    expect(joined.flag.reasons).toHaveLength(2);
    expect(joined.flag.severity).toBe(3);
    const replay = mergeFlag(joined.flag, [reason("helpRequest", "r2")], ids, "t3")!;
    expect(replay.isNews).toBe(false);
    expect(replay.flag).toBe(joined.flag);
  });

  it("no reasons, no flag", () => {
    expect(mergeFlag(undefined, [], ids, "now")).toBeUndefined();
  });
});

describe("flag lifecycle", () => {
  it("after a mentor dismisses a flag, the same kind of trouble stays quiet but something new opens a flag", () => {
    const first = mergeFlag(undefined, [reason("lowScore", "r1", "mood")], ids, "t1")!.flag;
    const dismissed = { ...first, status: "dismissed" as const };
    expect(mergeFlag(dismissed, [reason("lowScore", "r2", "mood")], { ...ids, newFlagId: "f2" }, "t2")).toBeUndefined();
    const fresh = mergeFlag(
      dismissed,
      [reason("lowScore", "r2", "mood"), reason("silence", "r3")],
      { ...ids, newFlagId: "f2" },
      "t3",
    );
    expect(fresh?.flag.reasons.map((r) => r.kind)).toEqual(["silence"]);
    expect(fresh?.flag.flagId).toBe("f2");
  });

  it("an open flag resolves by itself after the configured number of quiet rounds", () => {
    const flag = mergeFlag(undefined, [reason("drop", "r1", "mood")], ids, "t1")!.flag;
    const state = { ...emptyStudentState("t", "c", "s", "N"), quietRounds: 3 };
    expect(resolveIfQuiet(flag, state, DEFAULT_THRESHOLDS, "t9")?.status).toBe("resolved");
    expect(resolveIfQuiet(flag, { ...state, quietRounds: 2 }, DEFAULT_THRESHOLDS, "t9")).toBeUndefined();
  });
});
