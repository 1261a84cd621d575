import type { TableClient } from "@azure/data-tables";
import type { ActionCard } from "../../domain/action-cards/action-card.js";
import { BUILT_IN_ACTION_CARDS } from "../../domain/action-cards/built-in-cards.js";
import { mergeLibrary } from "./merge-library.js";
import type { ActionCardStore } from "../../ports/case-stores.js";
import { actionCardSchema } from "./case-schemas.js";
import { keys } from "./keys.js";
import { rowCodec } from "./row-codec.js";
import { queryPartition, readRow } from "./table-ops.js";
import { TABLES } from "./table-names.js";

// `text` holds title, summary and 3-6 steps in four languages: a few KiB, under the 64 KiB string limit (the codec
// refuses a larger card with a typed error rather than a 400 from the service).
const codec = rowCodec(TABLES.actionCards, actionCardSchema, ["answers", "dimensions", "text"]);

/**
 * The school's library: the built-in cards, overlaid by the school's own rows (one partition per tenant). A school
 * row with a built-in card's id replaces that card for the school.
 */
export class TableActionCardStore implements ActionCardStore {
  constructor(private readonly client: TableClient) {}

  async list(tenantId: string): Promise<ActionCard[]> {
    const rows = await queryPartition(this.client, keys.actionCards(tenantId, "").partitionKey);
    return mergeLibrary(rows.map((row) => codec.fromRow(row)));
  }

  async get(tenantId: string, cardId: string): Promise<ActionCard | undefined> {
    const row = await readRow(this.client, keys.actionCards(tenantId, cardId));
    return row ? codec.fromRow(row) : BUILT_IN_ACTION_CARDS.find((c) => c.cardId === cardId);
  }

  async save(tenantId: string, card: ActionCard): Promise<void> {
    // A saved card is the school's own, even when it started as a copy of a built-in one.
    const own: ActionCard = { ...card, builtIn: false };
    // Whole-card edits by a coordinator: last writer wins by design.
    await this.client.upsertEntity({ ...codec.toRow(own), ...keys.actionCards(tenantId, card.cardId) }, "Replace");
  }
}
