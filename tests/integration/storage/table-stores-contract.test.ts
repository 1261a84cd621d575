import { beforeAll, describe, inject } from "vitest";
import { createTableStores } from "../../../src/adapters/azure-tables/create-table-stores.js";
import type { Stores } from "../../../src/ports/stores.js";
import { storeContract } from "./contract/store-contract.js";

describe("Azure Table stores (Azurite)", () => {
  let stores: Stores;
  beforeAll(async () => {
    stores = await createTableStores(inject("storageConnectionString"));
  });
  storeContract(() => stores);
});
