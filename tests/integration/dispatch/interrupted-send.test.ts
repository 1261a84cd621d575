import { afterEach, describe, expect, it } from "vitest";
import type { Stores } from "../../../src/ports/stores.js";
import { getDeliveryReport } from "../../../src/use-cases/get-delivery-report.js";
import { startDeliveryRig } from "./delivery-rig.js";
import { waitForDeliveries } from "./wait-for-deliveries.js";

/**
 * The crash window between a send and its "sent" row (issue 4): a worker that dies there must leave an explicit
 * outcome, never a second card and never a silent drop.
 */
let rig: Awaited<ReturnType<typeof startDeliveryRig>> | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

/** This instance's storage takes every write except the outcome of a send: as if it died right after sending. */
function diesAfterSending(stores: Stores): Stores {
  return {
    ...stores,
    deliveries: {
      ...stores.deliveries,
      get: (...args) => stores.deliveries.get(...args),
      listRound: (...args) => stores.deliveries.listRound(...args),
      save: async (delivery) => {
        if (delivery.status === "sent") throw new Error("process gone");
        await stores.deliveries.save(delivery);
      },
    },
  };
}

describe("a worker killed between sending a card and recording it", () => {
  it("leaves each such student 'uncertain' in the teacher's report and sends them nothing more", async () => {
    rig = await startDeliveryRig({ students: 3, storedConversations: 3 });
    const dying = rig.startWorker(diesAfterSending);
    const round = await rig.openRound();
    // Channel post and three 1:1 cards are out; none of their rows says so.
    await rig.connector.waitFor(() => (rig!.connector.accepted.size >= 4 ? true : undefined), "the sends");
    await dying.stop();
    expect((await rig.stores.deliveries.listRound(rig.tenantId, round.roundId)).map((d) => d.status)).not.toContain(
      "sent",
    );

    rig.startWorker();
    const rows = await waitForDeliveries(rig.stores, rig.tenantId, round.roundId, 4);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["uncertain"]));
    expect(rig.acceptedPerStudent()).toEqual([1, 1, 1]);

    const { classId } = rig.schoolClass;
    const teacher = { tenantId: rig.tenantId, userId: "t", classes: [{ classId, role: "teacher" as const }] };
    const actor = { ...teacher, isMentor: false, isCoordinator: false };
    const report = await getDeliveryReport({ stores: rig.stores }, actor, classId, round.roundId);
    if (!report.ok) throw new Error(report.reason);
    expect(report.report.counts.uncertain).toBe(3);
    expect(report.report.unreached.map((u) => u.status)).toEqual(["uncertain", "uncertain", "uncertain"]);
  }, 30_000);

  it("a worker that failed every send of a dequeue (503s) takes its marker back, so the next dequeue sends", async () => {
    rig = await startDeliveryRig({ students: 2, storedConversations: 2, worker: { maxInFlight: 4 } });
    // Eight attempts per dequeue (send-limits.ts): the first dequeue of each 1:1 job fails throughout.
    const personal = (call: { conversationId?: string }) =>
      call.conversationId !== rig!.schoolClass.channelConversationId;
    rig.connector.failWhen("sendToConversation", personal, { status: 503 }, 16);
    rig.startWorker();
    const round = await rig.openRound();
    const rows = await waitForDeliveries(rig.stores, rig.tenantId, round.roundId, 3, 25_000);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["sent"]));
    expect(rig.acceptedPerStudent()).toEqual([1, 1]);
  }, 30_000);
});
