import type { TableClient } from "@azure/data-tables";
import type { PersonalConversation } from "../../domain/school/school.js";
import { ConcurrentChangeError } from "../../ports/case-stores.js";
import type { ConversationStore } from "../../ports/school-directory.js";
import { conversationSchema } from "./school-schemas.js";
import { keys } from "./keys.js";
import { rowCodec } from "./row-codec.js";
import { OPTIMISTIC_RETRIES, readRow, replaceRow } from "./table-ops.js";
import { TABLES } from "./table-names.js";

const codec = rowCodec(TABLES.conversations, conversationSchema, []);

/** Minimal 1:1 conversation references (DESIGN §4 `conversations`): only what a proactive send needs. */
export class TableConversationStore implements ConversationStore {
  constructor(private readonly client: TableClient) {}

  async save(conversation: PersonalConversation): Promise<void> {
    // Each install event carries the current reference, so the newest write is the right one.
    const key = keys.conversations(conversation.tenantId, conversation.userId);
    await this.client.upsertEntity({ ...codec.toRow(conversation), ...key }, "Replace");
  }

  async get(tenantId: string, userId: string): Promise<PersonalConversation | undefined> {
    const row = await readRow(this.client, keys.conversations(tenantId, userId));
    return row && codec.fromRow(row);
  }

  async markUninstalled(tenantId: string, userId: string): Promise<void> {
    const key = keys.conversations(tenantId, userId);
    for (let attempt = 0; attempt < OPTIMISTIC_RETRIES; attempt++) {
      const row = await readRow(this.client, key);
      if (!row) return;
      const value = codec.fromRow(row);
      if (!value.installed) return;
      if (await replaceRow(this.client, key, codec.toRow({ ...value, installed: false }), row.etag)) return;
    }
    throw new ConcurrentChangeError("conversation");
  }
}
