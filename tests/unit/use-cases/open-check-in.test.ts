import { describe, expect, it } from "vitest";
import { createCardRenderers } from "../../../src/bot/cards/card-renderers.js";
import { CHANNEL_RECIPIENT, openCheckIn, type OpenCheckInDeps } from "../../../src/use-cases/open-check-in.js";
import { sendSurveyToRecipient } from "../../../src/use-cases/send-survey-to-recipient.js";
import { memorySchool, sequentialIds, TENANT, type MemorySchool } from "../bot/memory-school.js";
import { RecordingSender, SendFailure } from "../bot/recording-sender.js";

const cards = createCardRenderers({ teamsAppId: "app" });

async function emptyClass(): Promise<MemorySchool> {
  const school = await memorySchool();
  await school.stores.rounds.close(TENANT, "class-1", "round-1"); // the fixture's own round: not in the way
  return school;
}

function deps(school: MemorySchool): OpenCheckInDeps {
  const clock = { now: () => school.now };
  return { stores: school.stores, queues: school.queues, clock, ids: sequentialIds("round"), cards };
}

/** Runs every queued send job once, as the survey-send worker would; failed jobs stay queued. */
async function drain(school: MemorySchool, sender: RecordingSender): Promise<void> {
  const clock = { now: () => school.now };
  for (const queued of await school.queues.surveySends.receive(100, 1)) {
    try {
      await sendSurveyToRecipient({ stores: school.stores, sender, clock, cards }, queued.job);
      await queued.complete();
    } catch {
      // left in the queue: it reappears after its visibility timeout
    }
  }
}

const asTeacher = { tenantId: TENANT, classId: "class-1", actorId: "teacher-1", locale: "da" as const };

describe("openCheckIn", () => {
  it("opens a 48-hour round and queues one send per recipient: the channel and every student", async () => {
    const school = await emptyClass();
    const result = await openCheckIn(deps(school), { ...asTeacher, requestId: "activity-1" });
    if (!result.ok) throw new Error(result.reason);
    expect(result.round.questions).toHaveLength(3);
    expect(Date.parse(result.round.closesAt) - Date.parse(result.round.opensAt)).toBe(48 * 3_600_000);
    expect(result.tally).toEqual({ students: 3, sent: 0, queued: 3, notInstalled: 0, failed: 0, channelPosted: true });
    expect(
      school.queues.surveySends
        .pending()
        .map((j) => j.recipientId)
        .sort(),
    ).toEqual([CHANNEL_RECIPIENT, "s-emma", "s-freja", "s-noah"].sort());
    const rows = await school.stores.deliveries.listRound(TENANT, result.round.roundId);
    expect(rows.map((d) => d.status)).toEqual(["pending", "pending", "pending", "pending"]);
  });

  it("the queued jobs send the survey once to the channel and once 1:1 to each student, creating their chats", async () => {
    const school = await emptyClass();
    const sender = new RecordingSender();
    const result = await openCheckIn(deps(school), { ...asTeacher, requestId: "activity-1" });
    if (!result.ok) throw new Error(result.reason);
    await drain(school, sender);
    expect(sender.sent.map((s) => s.to.conversationId).sort()).toEqual(
      ["19:team@thread.tacv2", "a:29:s-emma", "a:29:s-freja", "a:29:s-noah"].sort(),
    );
    expect(sender.created.sort()).toEqual(["29:s-emma", "29:s-freja", "29:s-noah"]);
    const rows = await school.stores.deliveries.listRound(TENANT, result.round.roundId);
    expect(new Set(rows.map((d) => d.status))).toEqual(new Set(["sent"]));
    expect(sender.sent[0]?.summary).toBe("Hurtigt trivselstjek");
  });

  it("a non-teacher cannot open a round", async () => {
    const school = await emptyClass();
    expect(await openCheckIn(deps(school), { ...asTeacher, actorId: "s-freja" })).toEqual({
      ok: false,
      reason: "notTeacher",
    });
    expect(school.queues.surveySends.pending()).toEqual([]);
  });

  it("an uninstalled class cannot open a round", async () => {
    const school = await emptyClass();
    await school.stores.classes.markUninstalled(TENANT, "class-1");
    const result = await openCheckIn(deps(school), asTeacher);
    expect(result).toEqual({ ok: false, reason: "unknownClass" });
  });

  it("the same request twice opens one round and sends nothing twice", async () => {
    const school = await emptyClass();
    const sender = new RecordingSender();
    await openCheckIn(deps(school), { ...asTeacher, requestId: "activity-2" });
    await drain(school, sender);
    const again = await openCheckIn(deps(school), { ...asTeacher, requestId: "activity-2" });
    expect(again.ok && again.replayed).toBe(true);
    expect(again.ok && again.tally).toMatchObject({ sent: 3, queued: 0 });
    await drain(school, sender);
    expect(sender.sent).toHaveLength(4);
  });

  it("a failed send stays queued and its retry reaches the student once", async () => {
    const school = await emptyClass();
    const sender = new RecordingSender();
    sender.failFor("29:s-noah", new SendFailure("transient", 503));
    const first = await openCheckIn(deps(school), { ...asTeacher, requestId: "activity-3" });
    if (!first.ok) throw new Error(first.reason);
    await drain(school, sender);
    expect(await school.stores.deliveries.get(TENANT, first.round.roundId, "s-noah")).toMatchObject({
      status: "pending",
    });
    await new Promise((resolve) => setTimeout(resolve, 5)); // past the 1 ms visibility timeout
    await drain(school, sender);
    expect(sender.sent.filter((s) => s.to.conversationId === "a:29:s-noah")).toHaveLength(1);
    expect(sender.sent).toHaveLength(4);
  });

  it("refuses a second round while one is open", async () => {
    const school = await emptyClass();
    await openCheckIn(deps(school), { ...asTeacher, requestId: "a" });
    const second = await openCheckIn(deps(school), { ...asTeacher, requestId: "b" });
    expect(second).toMatchObject({ ok: false, reason: "alreadyOpen" });
  });
});
