import { run } from "./index.js";

// `npm run bench:tab`, and bench/run-all.ts (which runs every bench/<name>/run.ts in its own process).
run().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
