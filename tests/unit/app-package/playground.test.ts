import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/config.js";
import { PLAYGROUND_CONFIG_PATH, playgroundConfigYaml } from "../../../scripts/make-playground-config.js";

const script = fileURLToPath(new URL("../../../scripts/playground.mjs", import.meta.url));
const logDir = mkdtempSync(join(tmpdir(), "trivsel-playground-"));
afterAll(() => rmSync(logDir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function waitFor(url: string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return await response.text();
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms (${last})`);
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

describe("the Agents Playground setup", () => {
  it("uses the committed config, which is current with the demo school", () => {
    const hint = "the demo school changed: run `node --import tsx scripts/make-playground-config.ts`";
    expect(readFileSync(PLAYGROUND_CONFIG_PATH, "utf8"), hint).toBe(playgroundConfigYaml());
  });

  it("starts offline with the demo tenant's class team, answers its ping, and stops on Ctrl-C", async () => {
    // A stand-in for `npm start`: the Playground probes the bot endpoint (HEAD) before it serves its config.
    const probes: string[] = [];
    const app = createHttpServer((req, res) => {
      probes.push(`${req.method} ${req.url}`);
      res.end();
    });
    await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
    const address = app.address();
    const appPort = typeof address === "object" && address ? address.port : 0;
    const port = await freePort();
    const child = spawn(process.execPath, [script, "--port", String(port)], {
      env: {
        ...process.env,
        PORT: String(appPort),
        TEAMSAPPTESTER_BROWSER: "none",
        M365_AGENTS_PLAYGROUND_LOGFILE: join(logDir, "playground.log"),
      },
      stdio: "ignore",
    });
    const exit = exited(child);
    try {
      expect(await waitFor(`http://127.0.0.1:${port}/_debug/ping`, 20_000)).toBe("pong");
      const { config } = JSON.parse(await waitFor(`http://127.0.0.1:${port}/_internal/v1/config`, 5_000));
      expect(config.tenantId).toBe(loadConfig({}).demo.tenantId);
      expect(config.users).toHaveLength(5);
      expect(config.teams[0]).toMatchObject({ id: "19:demo-dk-gf1@thread.tacv2", name: "GF1 Data og kommunikation" });
      expect(probes).toContain("HEAD /api/messages");
    } finally {
      child.kill("SIGINT");
      app.close();
    }
    expect(await exit).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/_debug/ping`)).rejects.toThrow();
  });
});
