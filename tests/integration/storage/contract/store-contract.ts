import type { Stores } from "../../../../src/ports/stores.js";
import { caseStoreContract } from "./case-store-contract.js";
import { schoolDirectoryContract } from "./school-directory-contract.js";
import { surveyStoreContract } from "./survey-store-contract.js";

/**
 * The one behavioural contract of the Stores bundle, run against Azure Tables (Azurite) and the memory fakes, so a
 * use case tested on the fakes behaves the same in production. `stores` is called inside each test.
 */
export function storeContract(stores: () => Stores): void {
  schoolDirectoryContract(stores);
  surveyStoreContract(stores);
  caseStoreContract(stores);
}
