import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = fileURLToPath(new URL(".", import.meta.url));

/**
 * The tab is served by the app itself under /tab/ (src/http/static-tab.ts), so the build goes to dist/tab and
 * every URL is relative to /tab/. Views used rarely (class view, config page, demo sign-in, a student's own
 * view) and teams-js itself are split into chunks loaded on demand, to keep the first load small.
 */
export default defineConfig({
  root: here,
  base: "/tab/",
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("../../dist/tab/", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
