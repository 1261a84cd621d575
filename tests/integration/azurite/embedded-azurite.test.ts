import { TableClient, odata } from "@azure/data-tables";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedAzurite, type EmbeddedAzurite } from "../../../src/adapters/azurite/embedded-azurite.js";

describe("the embedded Azurite", () => {
  let azurite: EmbeddedAzurite;
  beforeAll(async () => {
    // restify patches http.IncomingMessage when loaded; the app loads it in the same process as Azurite.
    await import("restify");
    azurite = await startEmbeddedAzurite();
  });
  afterAll(() => azurite.stop());

  it("honours partition filters even with restify loaded in the same process", async () => {
    const table = TableClient.fromConnectionString(azurite.connectionString, "filtered", {
      allowInsecureConnection: true,
    });
    await table.createTable();
    await table.upsertEntity({ partitionKey: "a", rowKey: "1" });
    await table.upsertEntity({ partitionKey: "b", rowKey: "2" });
    const rows = [];
    for await (const row of table.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${"a"}` } }))
      rows.push(row);
    expect(rows.map((r) => r.partitionKey)).toEqual(["a"]);
  });
});
