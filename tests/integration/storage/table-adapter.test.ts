import { randomUUID } from "node:crypto";
import { TableClient } from "@azure/data-tables";
import { describe, expect, inject, it } from "vitest";
import { createTableStores, pingStorage } from "../../../src/adapters/azure-tables/create-table-stores.js";
import { keys } from "../../../src/adapters/azure-tables/keys.js";
import { CorruptRowError, RowTooLargeError } from "../../../src/adapters/azure-tables/row-codec.js";
import { parseStorageConnection } from "../../../src/adapters/azure-tables/storage-connection.js";
import { dropCopy, isRemovedCopy, readRow, syncCopy } from "../../../src/adapters/azure-tables/table-ops.js";
import { TABLES } from "../../../src/adapters/azure-tables/table-names.js";
import { answer, flag, newTenant, round, schoolClass } from "./contract/fixtures.js";

const connection = () => inject("storageConnectionString");
const client = (table: string) =>
  TableClient.fromConnectionString(connection(), table, { allowInsecureConnection: true });

describe("Azure Table adapter specifics (Azurite)", () => {
  it("creating the stores again finds the tables already there and works on", async () => {
    const first = await createTableStores(connection());
    const again = await createTableStores(connection());
    const tenant = newTenant();
    await first.classes.save(schoolClass(tenant));
    expect(await again.classes.get(tenant, "class-gf1-a")).toEqual(schoolClass(tenant));
  });

  it("a corrupt row is reported as a CorruptRowError naming table and keys, without its values", async () => {
    const stores = await createTableStores(connection());
    const tenant = newTenant();
    const key = keys.flags(tenant, "s1", "flag-1");
    await client(TABLES.flags).upsertEntity({ ...key, reasons: "{not json", studentId: "s1", note: "Freja is sad" });
    const error = await stores.flags.get(tenant, "s1", "flag-1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptRowError);
    expect((error as CorruptRowError).message).toContain(key.partitionKey);
    expect((error as CorruptRowError).message).not.toContain("Freja");

    await client(TABLES.flags).upsertEntity({ ...key, ...flag(tenant, "s1"), reasons: "[]", severity: 7 }, "Replace");
    await expect(stores.flags.listStudent(tenant, "s1")).rejects.toThrow(/severity/);
  });

  it("a value too large for one Azure Tables string property is refused with a typed error", async () => {
    const stores = await createTableStores(connection());
    const huge = {
      ...answer(newTenant(), "round-1", "s1", { q: 1 }),
      help: { target: "anyone" as const, note: "x".repeat(40_000) },
    };
    await expect(stores.answers.save(huge, "2025-03-03T08:00:00Z")).rejects.toBeInstanceOf(RowTooLargeError);
  });

  it("a scalar field added to a domain type later survives a round trip; an undeclared object is refused", async () => {
    const stores = await createTableStores(connection());
    const tenant = newTenant();
    const withNewField = { ...schoolClass(tenant), nickname: "the early birds" };
    await stores.classes.save(withNewField);
    expect(await stores.classes.get(tenant, "class-gf1-a")).toEqual(withNewField);
    const withObject = { ...schoolClass(tenant), extra: { nested: true } };
    await expect(stores.classes.save(withObject)).rejects.toThrow(/JSON column/);
  });

  it("a round's questions survive the JSON column with every language", async () => {
    const stores = await createTableStores(connection());
    const tenant = newTenant();
    const created = round(tenant, "class-a", "round-1", "2025-03-03T08:00:00.000Z");
    await stores.rounds.create(created);
    expect((await stores.rounds.get(tenant, "class-a", "round-1"))?.questions).toEqual(created.questions);
  });

  it("a late copy of an older version never overwrites a newer copy or revives a removed one", async () => {
    const history = client(TABLES.history);
    const key = { partitionKey: `test|${randomUUID()}`, rowKey: "copy" };
    await syncCopy(history, key, { label: "v2" }, 2);
    await syncCopy(history, key, { label: "v1" }, 1);
    expect((await readRow(history, key))?.label).toBe("v2");
    await dropCopy(history, key, 3);
    await syncCopy(history, key, { label: "v2" }, 2);
    expect(isRemovedCopy((await readRow(history, key))!)).toBe(true);
  });

  it("readiness is true while storage answers and false, within the probe timeout, when it does not", async () => {
    expect(await pingStorage(connection())).toBe(true);
    const unreachable =
      "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" +
      "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
      "TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";
    // Resolves (false) instead of hanging on the SDK's retries; the test's own timeout bounds it.
    expect(await pingStorage(unreachable)).toBe(false);
  });

  it("an account URL is used for tables and, with .queue., for queues under a managed identity", () => {
    const parsed = parseStorageConnection("https://trivselprod.table.core.windows.net/");
    expect(parsed).toMatchObject({
      kind: "accountUrl",
      tableUrl: "https://trivselprod.table.core.windows.net",
      queueUrl: "https://trivselprod.queue.core.windows.net",
    });
    expect(parseStorageConnection(connection())).toMatchObject({ kind: "connectionString", insecure: true });
  });
});
