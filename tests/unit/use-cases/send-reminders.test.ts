import { describe, expect, it } from "vitest";
import { createCardRenderers } from "../../../src/bot/cards/card-renderers.js";
import { DEFAULT_SCHOOL_SETTINGS, reminderHoursOf } from "../../../src/domain/scoring/school-settings.js";
import { SendFailure } from "../../../src/ports/messaging.js";
import { reminderRecipient, sendReminders } from "../../../src/use-cases/send-reminders.js";
import { memorySchool, TENANT } from "../bot/memory-school.js";
import { RecordingSender } from "../bot/recording-sender.js";

const cards = createCardRenderers({ teamsAppId: "app" });
const HOUR = 3_600_000;

async function setUp() {
  const school = await memorySchool();
  const sender = new RecordingSender();
  const deps = { stores: school.stores, sender, cards };
  const closes = Date.parse(school.round.closesAt);
  return { school, sender, deps, at: (hoursBeforeClose: number) => new Date(closes - hoursBeforeClose * HOUR) };
}

describe("sendReminders", () => {
  it("sends nothing while the round closes later than 12 hours from now", async () => {
    const { deps, sender, at } = await setUp();
    expect((await sendReminders(deps, { now: at(13), tenantIds: [TENANT] })).sent).toBe(0);
    expect(sender.sent).toHaveLength(0);
  });

  it("within 12 hours, reminds each student who has not answered, once, however often it runs", async () => {
    const { school, deps, sender, at } = await setUp();
    const [freja] = school.students;
    await school.stores.answers.save(
      { ...school.round, studentId: freja!.userId, values: { "mood-week": 4 }, answeredAt: at(20).toISOString() },
      school.round.opensAt,
    );
    expect((await sendReminders(deps, { now: at(11), tenantIds: [TENANT] })).sent).toBe(2);
    await sendReminders(deps, { now: at(10), tenantIds: [TENANT] });
    await sendReminders(deps, { now: at(1), tenantIds: [TENANT] });
    expect(sender.sent).toHaveLength(2);
    expect(sender.sent.every((s) => s.summary === "Reminder: the check-in closes soon")).toBe(true);
    expect(await school.stores.deliveries.get(TENANT, school.round.roundId, reminderRecipient(freja!.userId))).toBe(
      undefined,
    );
  });

  it("honours a configured number of hours, and never reminds about a closed round", async () => {
    const { school, deps, sender, at } = await setUp();
    expect((await sendReminders(deps, { now: at(20), tenantIds: [TENANT], hoursBefore: 24 })).sent).toBe(3);
    await school.stores.rounds.close(TENANT, school.round.classId, school.round.roundId);
    sender.sent.length = 0;
    await sendReminders(deps, { now: at(1), tenantIds: [TENANT], hoursBefore: 48 });
    expect(sender.sent).toHaveLength(0);
  });

  it("uses the school's own reminder hours from its settings row", async () => {
    const { school, deps, sender, at } = await setUp();
    await school.stores.schoolSettings.put(TENANT, { ...DEFAULT_SCHOOL_SETTINGS, reminderHours: 36 }, undefined);
    expect((await sendReminders(deps, { now: at(37), tenantIds: [TENANT] })).sent).toBe(0);
    expect((await sendReminders(deps, { now: at(35), tenantIds: [TENANT] })).sent).toBe(3);
    expect(sender.sent).toHaveLength(3);
  });

  it("a school that never set the hours gets the default of 12", () => {
    expect(reminderHoursOf(undefined)).toBe(12);
    expect(reminderHoursOf({ reminderHours: 3 })).toBe(3);
  });

  it("a throttled send is retried on the next run and then sent once", async () => {
    const { school, deps, sender, at } = await setUp();
    const [freja] = school.students;
    sender.failFor(`a:${freja!.teamsUserId}`, new SendFailure("throttled", 429));
    const first = await sendReminders(deps, { now: at(5), tenantIds: [TENANT] });
    expect(first).toMatchObject({ sent: 2, failed: 1 });
    const second = await sendReminders(deps, { now: at(4), tenantIds: [TENANT] });
    expect(second).toMatchObject({ sent: 1, failed: 0, skipped: 2 });
  });
});
