import { afterEach, describe, expect, it } from "vitest";
import { startDeliveryRig } from "./delivery-rig.js";
import { waitForDeliveries } from "./wait-for-deliveries.js";

/** Faults from the Bot Connector while a round is delivered (issue 4): every recipient ends final, none twice. */
let rig: Awaited<ReturnType<typeof startDeliveryRig>> | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

describe("survey delivery through a faulty Bot Connector", () => {
  it("a 429 with Retry-After pauses all sending for its length, then every student gets the survey once", async () => {
    rig = await startDeliveryRig({ students: 12 });
    rig.connector.failNext("sendToConversation", { status: 429, headers: { "retry-after": "1" } }, 2);
    rig.startWorker();
    const round = await rig.openRound();
    const rows = await waitForDeliveries(rig.stores, rig.tenantId, round.roundId, 13);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["sent"]));
    expect(rig.acceptedPerStudent()).toEqual(rig.students.map(() => 1));
    // Retry-After: 1 s. From the moment a 429 reached us, no send starts until the pause is over.
    const throttles = rig.sendLog.filter((e) => e.event === "throttled");
    expect(throttles.length).toBeGreaterThan(0);
    for (const throttle of throttles) {
      const during = rig.sendLog.filter((e) => e.event === "start" && e.at > throttle.at && e.at < throttle.at + 990);
      expect(during).toEqual([]);
    }
  });

  it("503s, timeouts and a 403 end as sent or blocked, and nobody gets the survey twice", async () => {
    rig = await startDeliveryRig({ students: 16 });
    const blocked = rig.students[0]!; // has a stored chat: the send itself answers 403
    rig.connector.failWhen(
      "sendToConversation",
      (c) => c.conversationId === rig!.connector.personalConversationId(blocked.teamsUserId),
      { status: 403, body: { error: { code: "Forbidden", subCode: "MessageWritesBlocked", message: "blocked" } } },
    );
    rig.connector.failNext("sendToConversation", { status: 503 }, 4);
    rig.connector.failNext("createConversation", { status: 502 }, 2);
    rig.connector.hangNext(2);
    rig.startWorker();
    const round = await rig.openRound();
    const rows = await waitForDeliveries(rig.stores, rig.tenantId, round.roundId, 17);
    const status = Object.fromEntries(rows.map((r) => [r.recipientId, r.status]));
    expect(status[blocked.userId]).toBe("blocked");
    expect(rows.filter((r) => r.status === "sent")).toHaveLength(16);
    expect(Math.max(...rig.acceptedPerStudent())).toBe(1);
    expect(rig.acceptedPerStudent().filter((n) => n === 1)).toHaveLength(15);
  });

  it("a 404'd chat is rebuilt once; a second 404 marks the student failed, not retried for ever", async () => {
    rig = await startDeliveryRig({ students: 2, storedConversations: 2 });
    const [rebuilt, lost] = rig.students;
    const chatOf = (s: typeof rebuilt) => rig!.connector.personalConversationId(s!.teamsUserId);
    rig.connector.failWhen("sendToConversation", (c) => c.conversationId === chatOf(rebuilt), { status: 404 });
    rig.connector.failWhen("sendToConversation", (c) => c.conversationId === chatOf(lost), { status: 404 }, 2);
    rig.startWorker();
    const round = await rig.openRound();
    const rows = await waitForDeliveries(rig.stores, rig.tenantId, round.roundId, 3);
    const byId = Object.fromEntries(rows.map((r) => [r.recipientId, r]));
    expect(byId[rebuilt!.userId]?.status).toBe("sent");
    expect(byId[lost!.userId]).toMatchObject({ status: "failed", reason: "notFound (404)" });
    const creates = rig.connector.callsTo("createConversation").map((c) => c.body as { members: [{ id: string }] });
    expect(creates.map((b) => b.members[0].id).sort()).toEqual([rebuilt!.teamsUserId, lost!.teamsUserId].sort());
  });

  it("a send that fails on every dequeue is marked failed and moved to the poison queue after 5 dequeues", async () => {
    rig = await startDeliveryRig({
      students: 2,
      storedConversations: 2,
      worker: { visibilityMs: 1_500, sendTimeoutMs: 300 },
    });
    const doomed = rig.students[0]!;
    const chat = rig.connector.personalConversationId(doomed.teamsUserId);
    rig.connector.failWhen("sendToConversation", (c) => c.conversationId === chat, { status: 503 }, 1_000);
    rig.startWorker();
    const round = await rig.openRound();
    const rows = await waitForDeliveries(rig.stores, rig.tenantId, round.roundId, 3, 30_000);
    expect(rows.find((r) => r.recipientId === doomed.userId)).toMatchObject({
      status: "failed",
      reason: expect.stringMatching(/^retriesExhausted: /),
    });
    expect(rig.connector.accepted.get(chat)).toBeUndefined();
    // The queue moves it to poison on its 6th appearance, a visibility timeout later.
    const until = Date.now() + 10_000;
    let jobs = await rig.poisoned();
    while (jobs.length === 0 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      jobs = await rig.poisoned();
    }
    expect(jobs.map((j) => j.recipientId)).toEqual([doomed.userId]);
  }, 40_000);

  it("a worker stopped mid-round and a new one started finish the round with no duplicates and no losses", async () => {
    rig = await startDeliveryRig({ students: 40, rate: 10 });
    rig.connector.setLatency(20);
    const first = rig.startWorker();
    const round = await rig.openRound();
    await rig.connector.waitFor(() => (rig!.connector.accepted.size >= 8 ? true : undefined), "a few sends");
    await first.stop();
    const sentBeforeRestart = rig.connector.accepted.size;
    expect(sentBeforeRestart).toBeLessThan(41);
    rig.startWorker();
    const rows = await waitForDeliveries(rig.stores, rig.tenantId, round.roundId, 41, 30_000);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["sent"]));
    expect(rig.acceptedPerStudent()).toEqual(rig.students.map(() => 1));
  }, 40_000);
});
