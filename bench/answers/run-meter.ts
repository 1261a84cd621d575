import diagnosticsChannel from "node:diagnostics_channel";
import { readFileSync } from "node:fs";
import type { ClientRequest } from "node:http";

/** What one measured run cost beyond its own figures: storage requests sent, and CPU time per process. */
export interface RunCost {
  /** HTTP requests this process sent to each watched host ("host:port") during the run. */
  requests: Record<string, number>;
  /** CPU milliseconds (user + system) during the run: this process, and each watched child by name. */
  cpuMs: Record<string, number>;
  /** Requests per "service METHOD table-or-queue" (e.g. "table GET answers"): which rows an answer touches. */
  byTarget: Record<string, number>;
}

/**
 * Meters a run: counts requests to `hosts` from this process (node's http client publishes every request on
 * diagnostics_channel, so nothing in the app is wrapped) and reads the CPU time of this process and of `pids`
 * (Linux /proc; a child whose stat cannot be read counts as 0).
 */
export function meterRun(hosts: Record<string, string>, pids: Record<string, number | undefined>) {
  const requests: Record<string, number> = Object.fromEntries(Object.keys(hosts).map((name) => [name, 0]));
  const byHost = new Map(Object.entries(hosts).map(([name, host]) => [host, name]));
  const byTarget: Record<string, number> = {};
  const onStart = (message: unknown) => {
    const request = (message as { request: ClientRequest }).request;
    const host = request.getHeader("host");
    const name = typeof host === "string" ? byHost.get(host) : undefined;
    if (!name) return;
    requests[name] = (requests[name] ?? 0) + 1;
    const target = `${name} ${request.method} ${targetOf(request.path)}`;
    byTarget[target] = (byTarget[target] ?? 0) + 1;
  };
  const selfStart = process.cpuUsage();
  const childStart = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, childCpuMs(pid)]));
  diagnosticsChannel.subscribe("http.client.request.start", onStart);
  return {
    stop(): RunCost {
      diagnosticsChannel.unsubscribe("http.client.request.start", onStart);
      const self = process.cpuUsage(selfStart);
      const cpuMs: Record<string, number> = { app: (self.user + self.system) / 1000 };
      for (const [name, pid] of Object.entries(pids)) cpuMs[name] = childCpuMs(pid) - (childStart[name] ?? 0);
      return { requests, cpuMs, byTarget };
    },
  };
}

/** "/devstoreaccount1/answers(PartitionKey='..',RowKey='..')?.." -> "answers": the table or queue a request names. */
function targetOf(path: string): string {
  const name = path.split("?")[0]?.split("/")[2] ?? "";
  return decodeURIComponent(name.replace(/\(.*$/, "")) || "(account)";
}

/** Linux: utime + stime of a process, in ms (fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 10 ms). */
function childCpuMs(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // after "(comm)", field 3 is index 0
    return (Number(fields[11]) + Number(fields[12])) * 10; // USER_HZ is 100 on Linux
  } catch {
    return 0;
  }
}
