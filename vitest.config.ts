import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration tests share one Azurite; each uses its own tenant id so they never see each other's rows.
    fileParallelism: true,
    pool: "forks",
  },
});
