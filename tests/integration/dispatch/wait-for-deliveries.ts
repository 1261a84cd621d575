import type { Stores } from "../../../src/ports/stores.js";
import type { Delivery } from "../../../src/ports/survey-stores.js";

/**
 * Waits until a round has `count` delivery rows and none is pending: sends run in the survey-send worker
 * (DESIGN §5), so a test that opened a round waits for the worker instead of assuming the request sent them.
 */
export async function waitForDeliveries(
  stores: Pick<Stores, "deliveries">,
  tenantId: string,
  roundId: string,
  count: number,
  timeoutMs = 20_000,
): Promise<Delivery[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const rows = await stores.deliveries.listRound(tenantId, roundId);
    if (rows.length >= count && rows.every((d) => d.status !== "pending")) return rows;
    if (Date.now() > until)
      throw new Error(`round ${roundId}: ${rows.filter((d) => d.status !== "pending").length}/${count} final`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
