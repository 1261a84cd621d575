import { describe } from "vitest";
import { createMemoryStores } from "../../../src/adapters/memory/create-memory-stores.js";
import { storeContract } from "../../integration/storage/contract/store-contract.js";

describe("in-memory stores", () => {
  const stores = createMemoryStores();
  storeContract(() => stores);
});
