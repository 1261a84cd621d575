import type { TableClient } from "@azure/data-tables";
import { ConcurrentChangeError } from "../../ports/case-stores.js";
import type { Row } from "./row-codec.js";
import { insertRow, replaceRow, type RowKey } from "./table-ops.js";

/**
 * The optimistic write behind every `put(value, etag)` port: no ETag means "insert, it must not exist yet"; an ETag
 * means "replace what I read". Either way a lost race is a ConcurrentChangeError the use case re-reads and retries.
 */
export async function versionedPut(
  client: TableClient,
  key: RowKey,
  row: Row,
  etag: string | undefined,
  what: string,
): Promise<void> {
  const written = etag === undefined ? await insertRow(client, key, row) : await replaceRow(client, key, row, etag);
  if (!written) throw new ConcurrentChangeError(what);
}
