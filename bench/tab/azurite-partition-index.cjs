/**
 * Preloaded (node --require) into the bench's Azurite *table* process only. Stock Azurite (LokiTableMetadataStore
 * .queryTableEntities) answers every $filter query by running its OData interpreter over every row of the table,
 * so there a single-partition query slows as the *table* grows, unlike Azure Table Storage, which seeks a
 * partition by its key. With the index switched on, a query whose filter pins one PartitionKey
 * (`PartitionKey eq '...'`, optionally `and ...`, no `or`) first narrows to that partition with LokiJS's own
 * binary index on PartitionKey (Azurite creates it), then runs Azurite's unchanged filter, sort and paging over
 * the partition's rows: same answers, Azure-like cost. Any other query still scans, so a cross-partition query
 * on a hot path still shows up as growth. SIGUSR2 toggles the index, so one seeded Azurite is measured both ways.
 */
"use strict";
const entry = process.argv[1] ?? "";
if (/[\\/]table[\\/]main\.js$/.test(entry)) {
  const { createRequire } = require("node:module");
  const fromAzurite = createRequire(entry);
  const Store = fromAzurite("../table/persistence/LokiTableMetadataStore.js").default;
  let indexed = process.env.BENCH_AZURITE_PARTITION_INDEX === "1";
  process.on("SIGUSR2", () => {
    indexed = !indexed;
  });
  const PINNED = /^\s*\(*\s*PartitionKey\s+eq\s+'((?:[^']|'')*)'\s*\)*\s*(?:and\s|$)/i;
  const original = Store.prototype.queryTableEntities;
  const getCollection = Store.prototype.getEntityCollection;
  let pinned;
  Store.prototype.getEntityCollection = function (...args) {
    const collection = getCollection.apply(this, args);
    if (pinned === undefined) return collection;
    const partitionKey = pinned;
    pinned = undefined;
    // queryTableEntities only calls .chain() on it; start that chain at the partition (binary-index lookup).
    return { chain: () => collection.chain().find({ PartitionKey: partitionKey }) };
  };
  Store.prototype.queryTableEntities = function (context, account, table, queryOptions, ...rest) {
    const filter = queryOptions?.filter ?? "";
    const match = indexed && !/\sor\s/i.test(filter) ? PINNED.exec(filter) : null;
    if (match) pinned = match[1].replace(/''/g, "'");
    try {
      // Its first statement (synchronous) fetches the collection, which consumes `pinned`.
      return original.call(this, context, account, table, queryOptions, ...rest);
    } finally {
      pinned = undefined;
    }
  };
}
