import type { TableClient } from "@azure/data-tables";
import type { SentNotificationLog } from "../../ports/notifications.js";
import { keys } from "./keys.js";
import { insertRow } from "./table-ops.js";

/** Claimed notification keys per tenant: insert-if-absent is the claim, so two workers never both win. */
export class TableSentNotificationLog implements SentNotificationLog {
  constructor(private readonly client: TableClient) {}

  async claim(tenantId: string, key: string): Promise<boolean> {
    return insertRow(this.client, keys.sentNotifications(tenantId, key), { claimedAt: new Date().toISOString() });
  }
}
