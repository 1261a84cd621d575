import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, inject } from "vitest";
import { createBlobLeaderLease } from "../../../src/adapters/azure-blob/blob-leader-lease.js";
import { loadConfig } from "../../../src/config/config.js";
import { startNotificationWorker } from "../../../src/dispatch/notification-worker.js";
import { createLogger } from "../../../src/observability/logger.js";
import type { NotificationJob } from "../../../src/ports/notifications.js";
import { startDeliveryRig } from "./delivery-rig.js";
import { waitForDeliveries } from "./wait-for-deliveries.js";

/**
 * DESIGN §5 "Workers share one token bucket" (issue 4): two instances on one storage account send through the
 * sender lease's holder only, so the app-wide rate stays within one budget, and a successor finishes a round its
 * crashed predecessor left half done.
 */
let rig: Awaited<ReturnType<typeof startDeliveryRig>> | undefined;
afterEach(async () => {
  await rig?.stop();
  rig = undefined;
});

/** A small budget, so the round takes several seconds and the rate windows mean something. */
const RATE = 10;
const STUDENTS = 60;
/** Blob leases last at least 15 s (Lease Blob REST API); the shortest keeps the takeover wait short. */
const LEASE_SECONDS = 15;
/** Checks every second: a successor sends within LEASE_SECONDS + 1 s of the holder's last renewal. */
const SEND_LEASE = { leaseMs: LEASE_SECONDS * 1000, checkMs: 1_000 };

/** The most requests the fake received in any one-second window (sliding, from each request's arrival). */
function busiestSecond(arrivals: number[]): number {
  const at = [...arrivals].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; i < at.length; i++) {
    while (at[i]! - at[j]! >= 1000) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

async function startTwoInstances(r: NonNullable<typeof rig>) {
  const name = `sender-${randomUUID()}`;
  const connection = inject("storageConnectionString");
  const start = async () =>
    r.startWorker(undefined, {
      sendLease: await createBlobLeaderLease(connection, name, LEASE_SECONDS),
      sendLeaseOptions: SEND_LEASE,
    });
  const instances = [await start(), await start()];
  const holder = await r.connector.waitFor(() => instances.find((i) => i.sendLease?.holds()), "a lease holder");
  return { holder, other: instances.find((i) => i !== holder)! };
}

describe("two delivery instances sharing one storage account", () => {
  it("send a round within one budget, each student's card once, and a successor finishes what a crashed holder left", async () => {
    // Few jobs in hand: a stopping worker finishes the ones it holds, so the crash below leaves most of the round.
    rig = await startDeliveryRig({
      students: STUDENTS,
      storedConversations: STUDENTS,
      rate: RATE,
      worker: { maxInFlight: 8 },
    });
    const { holder, other } = await startTwoInstances(rig);
    const round = await rig.openRound();

    await rig.connector.waitFor(() => (rig!.connector.calls.length >= 20 ? true : undefined), "a third of the round");
    await holder.crash(); // keeps its lease: the other instance must wait for it to lapse
    expect(rig.connector.calls.length).toBeLessThan(STUDENTS);
    await rig.connector.waitFor(() => (other.sendLease?.holds() ? true : undefined), "the takeover", 20_000);

    const rows = await waitForDeliveries(rig.stores, rig.tenantId, round.roundId, STUDENTS + 1, 30_000);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(["sent"]));
    expect(rig.acceptedPerStudent()).toEqual(Array.from({ length: STUDENTS }, () => 1));
    expect(rig.connector.accepted.get(rig.schoolClass.channelConversationId)).toBe(1);
    // The bucket starts requests 1000 / RATE ms apart, so a window at the client holds at most RATE; at the fake
    // each arrival lags its start by a varying few ms (loopback, event loop), which can squeeze one more in.
    expect(busiestSecond(rig.connector.calls.map((c) => c.at))).toBeLessThanOrEqual(RATE + 1);
    expect(await rig.poisoned()).toEqual([]);
  }, 60_000);

  it("a notification worker takes no mentor notification while another instance holds the sender lease", async () => {
    rig = await startDeliveryRig({ students: 0 });
    let holds = false;
    let asked = 0;
    let received = 0;
    const queue = rig.queues.notifications;
    const queues = {
      ...rig.queues,
      notifications: {
        enqueue: (job: NotificationJob) => queue.enqueue(job),
        receive: async (max: number, visibilityMs: number) => {
          const jobs = await queue.receive(max, visibilityMs);
          received += jobs.length;
          return jobs;
        },
      },
    };
    const job: NotificationJob = {
      ...{ kind: "helpSeen", key: randomUUID(), tenantId: rig.tenantId },
      ...{ studentId: randomUUID(), flagId: randomUUID() },
    };
    await queue.enqueue(job);
    const config = loadConfig({ LOG_LEVEL: "silent", STORAGE_CONNECTION_STRING: inject("storageConnectionString") });
    const worker = startNotificationWorker({
      ...{ config, stores: rig.stores, queues, sender: { sendCard: fail, createPersonalConversation: fail } },
      ...{ clock: { now: () => new Date() }, logger: createLogger("silent") },
      maySend: () => (asked++, holds),
    });
    try {
      // Two polls answered "not the holder": the queued job stayed where the holder will find it.
      await rig.connector.waitFor(() => (asked >= 2 ? true : undefined), "two polls");
      expect(received).toBe(0);
      holds = true;
      await rig.connector.waitFor(() => (received > 0 ? true : undefined), "the job, once this instance holds");
    } finally {
      await worker.stop();
    }
  }, 30_000);
});

/** The job is only received here, never meant to reach a chat: any send fails (what becomes of the job is not the point). */
const fail = () => Promise.reject(new Error("no send expected"));
