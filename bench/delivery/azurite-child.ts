import { startEmbeddedAzurite } from "../../src/adapters/azurite/embedded-azurite.js";

/**
 * Azurite in its own process for the delivery benchmark (toolchain.md: in-process Azurite shares the event loop
 * with the code under test and slows both). Prints its connection string as one JSON line, then serves until killed.
 */
const azurite = await startEmbeddedAzurite();
process.stdout.write(`${JSON.stringify({ connectionString: azurite.connectionString })}\n`);
process.on("SIGTERM", () => void azurite.stop().then(() => process.exit(0)));
