import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { startEmbeddedAzurite } from "../../src/adapters/azurite/embedded-azurite.js";

declare module "vitest" {
  interface ProvidedContext {
    storageConnectionString: string;
  }
}

/** One in-process Azurite for the whole run; tests isolate by tenant id. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const azurite = await startEmbeddedAzurite();
  project.provide("storageConnectionString", azurite.connectionString);
  return () => azurite.stop();
}
