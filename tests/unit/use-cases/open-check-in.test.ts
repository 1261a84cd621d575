import { describe, expect, it } from "vitest";
import { createCardRenderers } from "../../../src/bot/cards/card-renderers.js";
import { CHANNEL_RECIPIENT, openCheckIn, type OpenCheckInDeps } from "../../../src/use-cases/open-check-in.js";
import { memorySchool, sequentialIds, TENANT, type MemorySchool } from "../bot/memory-school.js";
import { RecordingSender, SendFailure } from "../bot/recording-sender.js";

const cards = createCardRenderers({ teamsAppId: "app" });

async function emptyClass(): Promise<MemorySchool> {
  const school = await memorySchool();
  await school.stores.rounds.close(TENANT, "class-1", "round-1"); // the fixture's own round: not in the way
  return school;
}

function deps(school: MemorySchool, sender: RecordingSender): OpenCheckInDeps {
  return { stores: school.stores, sender, clock: { now: () => school.now }, ids: sequentialIds("round"), cards };
}

const asTeacher = { tenantId: TENANT, classId: "class-1", actorId: "teacher-1", locale: "da" as const };

describe("openCheckIn", () => {
  it("opens a 48-hour round with three core questions, posts it in the channel and sends it 1:1 to every student", async () => {
    const school = await emptyClass();
    const sender = new RecordingSender();
    const result = await openCheckIn(deps(school, sender), { ...asTeacher, requestId: "activity-1" });
    if (!result.ok) throw new Error(result.reason);
    expect(result.round.questions).toHaveLength(3);
    expect(Date.parse(result.round.closesAt) - Date.parse(result.round.opensAt)).toBe(48 * 3_600_000);
    expect(result.tally).toEqual({ students: 3, sent: 3, notInstalled: 0, failed: 0, channelPosted: true });
    expect(sender.sent.map((s) => s.to.conversationId).sort()).toEqual(
      ["19:team@thread.tacv2", "a:29:s-emma", "a:29:s-freja", "a:29:s-noah"].sort(),
    );
    expect(sender.created.sort()).toEqual(["29:s-emma", "29:s-freja", "29:s-noah"]);
    const rows = await school.stores.deliveries.listRound(TENANT, result.round.roundId);
    expect(rows.map((d) => [d.recipientId, d.status]).sort()).toEqual(
      [
        [CHANNEL_RECIPIENT, "sent"],
        ["s-emma", "sent"],
        ["s-freja", "sent"],
        ["s-noah", "sent"],
      ].sort(),
    );
    expect(sender.sent[0]?.summary).toBe("Hurtigt trivselstjek");
  });

  it("a non-teacher cannot open a round", async () => {
    const school = await emptyClass();
    const sender = new RecordingSender();
    expect(await openCheckIn(deps(school, sender), { ...asTeacher, actorId: "s-freja" })).toEqual({
      ok: false,
      reason: "notTeacher",
    });
    expect(sender.sent).toEqual([]);
  });

  it("an uninstalled class cannot open a round", async () => {
    const school = await emptyClass();
    await school.stores.classes.markUninstalled(TENANT, "class-1");
    const result = await openCheckIn(deps(school, new RecordingSender()), asTeacher);
    expect(result).toEqual({ ok: false, reason: "unknownClass" });
  });

  it("the same request twice opens one round and sends nothing twice", async () => {
    const school = await emptyClass();
    const sender = new RecordingSender();
    await openCheckIn(deps(school, sender), { ...asTeacher, requestId: "activity-2" });
    const again = await openCheckIn(deps(school, sender), { ...asTeacher, requestId: "activity-2" });
    expect(again.ok && again.replayed).toBe(true);
    expect(sender.sent).toHaveLength(4);
  });

  it("a replay retries only the recipients whose send failed", async () => {
    const school = await emptyClass();
    const sender = new RecordingSender();
    sender.failFor("29:s-noah", new SendFailure("transient", 503));
    const first = await openCheckIn(deps(school, sender), { ...asTeacher, requestId: "activity-3" });
    expect(first.ok && first.tally).toMatchObject({ sent: 2, failed: 1 });
    const again = await openCheckIn(deps(school, sender), { ...asTeacher, requestId: "activity-3" });
    expect(again.ok && again.tally).toMatchObject({ sent: 3, failed: 0 });
    expect(sender.sent.filter((s) => s.to.conversationId === "a:29:s-noah")).toHaveLength(1);
    expect(sender.sent).toHaveLength(4);
  });

  it("refuses a second round while one is open", async () => {
    const school = await emptyClass();
    const sender = new RecordingSender();
    await openCheckIn(deps(school, sender), { ...asTeacher, requestId: "a" });
    const second = await openCheckIn(deps(school, sender), { ...asTeacher, requestId: "b" });
    expect(second).toMatchObject({ ok: false, reason: "alreadyOpen" });
  });
});
