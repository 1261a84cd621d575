import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AZURITE_ACCOUNT, AZURITE_KEY } from "../../src/adapters/azurite/embedded-azurite.js";

const require = createRequire(import.meta.url);
const HOST = "127.0.0.1";
/** Azurite prints one of these once a service listens (azurite/dist/src/{table,queue}/main.js). */
const STARTED = /successfully (started|listens)/;
/** A cold Azurite starts in about a second here; far longer means it is broken, not slow. */
const START_TIMEOUT_MS = 30_000;
/** Closing an in-memory Azurite takes well under a second; a child still there after this is stuck. */
const STOP_TIMEOUT_MS = 10_000;

export interface AzuriteProcesses {
  connectionString: string;
  /** "host:port" of each service, as HTTP clients send it in the Host header. */
  hosts: { table: string; queue: string };
  /** Process ids, to read each service's CPU time. */
  pids: { table: number | undefined; queue: number | undefined };
  stop(): Promise<void>;
}

/**
 * Azurite's table and queue services as two child processes (in memory, loopback), so storage has its own event
 * loop and does not steal the app's CPU: the raw-upsert baseline and the app are measured against the same server.
 * Blob is not started: with workers off nothing in the answer path uses it.
 */
export async function startAzuriteProcesses(): Promise<AzuriteProcesses> {
  const cwd = mkdtempSync(join(tmpdir(), "trivsel-bench-azurite-")); // Azurite's workspace; nothing is persisted
  const [tablePort, queuePort] = [await freePort(), await freePort()];
  const started = await Promise.allSettled([
    startService(cwd, "table", ["--tableHost", HOST, "--tablePort", String(tablePort)]),
    startService(cwd, "queue", ["--queueHost", HOST, "--queuePort", String(queuePort)]),
  ]);
  const children = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const failed = started.find((s) => s.status === "rejected");
  if (failed) {
    await Promise.all(children.map(stopChild)); // never leave a half-started pair running
    throw failed.reason;
  }
  const [table, queue] = children;
  return {
    hosts: { table: `${HOST}:${tablePort}`, queue: `${HOST}:${queuePort}` },
    pids: { table: table?.pid, queue: queue?.pid },
    connectionString:
      `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};` +
      `TableEndpoint=http://${HOST}:${tablePort}/${AZURITE_ACCOUNT};` +
      `QueueEndpoint=http://${HOST}:${queuePort}/${AZURITE_ACCOUNT};`,
    stop: async () => {
      await Promise.all(children.map(stopChild));
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}

async function startService(cwd: string, service: "table" | "queue", args: string[]): Promise<ChildProcess> {
  const main = require.resolve(`azurite/dist/src/${service}/main.js`);
  const flags = ["--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--silent"];
  // BENCH_AZURITE_PROFILE=<dir>: each service writes a V8 CPU profile there on exit (to see where Azurite's time goes).
  const profile = process.env.BENCH_AZURITE_PROFILE;
  const node = profile ? ["--cpu-prof", "--cpu-prof-dir", profile] : [];
  if (process.env.BENCH_AZURITE_PRELOAD) node.push("--require", process.env.BENCH_AZURITE_PRELOAD);
  const child = spawn(process.execPath, [...node, main, ...args, ...flags], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  await new Promise<void>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => fail(new Error(`azurite ${service} did not start: ${output}`)), START_TIMEOUT_MS);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!STARTED.test(output)) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => fail(new Error(`azurite ${service} exited with ${code}: ${output}`)));
  });
  child.stdout?.resume();
  child.stderr?.resume();
  return child;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    // In memory there is nothing to flush, so SIGTERM will do; but a profiled child must exit on its own to write its
    // profile, which Azurite does on SIGINT (it closes its server). A child that lingers is killed after a while.
    const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(process.env.BENCH_AZURITE_PROFILE ? "SIGINT" : "SIGTERM");
  });
}

/** A port that is free now (the OS picks it); Azurite's own --tablePort 0 would not tell us which it got. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
