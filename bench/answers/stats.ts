import { Agent, request } from "node:http";

/** The p-th percentile (nearest rank) of latencies in ms. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** One measured run: throughput and latency percentiles (ms); `errors` counts non-200 responses. */
export interface RunFigures {
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** Each request's latency (ms), in the order of the bodies, so a caller can split figures by kind of request. */
  latencies: number[];
}

/**
 * Fires `bodies` at `url` (POST JSON), `concurrency` at a time, one distinct body per request. Without `perSecond`
 * each connection sends its next request as soon as the last one answered (closed loop: the server's saturation
 * rate). With it, request i is due at i / perSecond s (open loop, as users arrive whatever the server does), and its
 * latency counts from when it was due, so time spent waiting for a free connection is not hidden.
 */
export async function postAll(
  url: string,
  bodies: readonly string[],
  concurrency: number,
  perSecond?: number,
): Promise<RunFigures> {
  const latencies: number[] = new Array<number>(bodies.length);
  // node:http with one kept-alive socket per connection: it costs the client ~0.1 ms of CPU per request where
  // fetch costs ~0.5 ms, and the client shares this machine's cores with the server it measures.
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const post = postWith(agent, new URL(url));
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < bodies.length) {
        const index = next++;
        const body = bodies[index]!;
        const due = perSecond ? started + (index * 1000) / perSecond : performance.now();
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const t0 = perSecond ? due : performance.now();
        const status = await post(body).catch(() => 0);
        latencies[index] = performance.now() - t0;
        if (status !== 200) errors++;
      }
    }),
  );
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  const [p50, p99] = [percentile(latencies, 50), percentile(latencies, 99)];
  return { perSecond: bodies.length / seconds, p50, p99, errors, latencies };
}

/** POSTs one JSON body and resolves with the status once the whole response has been read. */
function postWith(agent: Agent, url: URL): (body: string) => Promise<number> {
  return (body) =>
    new Promise((resolve, reject) => {
      const headers = { "content-type": "application/json", "content-length": Buffer.byteLength(body) };
      const options = { host: url.hostname, port: url.port, path: url.pathname, method: "POST", agent, headers };
      const req = request(options, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(body);
    });
}

/** `postAll` run from a worker thread (bench/answers/load-worker.ts), so the server's event loop is its own. */
export async function postAllFromWorker(
  url: string,
  bodies: readonly string[],
  concurrency: number,
  perSecond?: number,
): Promise<RunFigures> {
  const { Worker } = await import("node:worker_threads");
  const worker = new Worker(new URL("./load-worker-entry.mjs", import.meta.url), {
    workerData: { url, bodies, concurrency, perSecond },
  });
  try {
    const message = await new Promise<{ figures?: RunFigures; error?: string }>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
    });
    if (!message.figures) throw new Error(`load worker failed: ${message.error ?? "no figures"}`);
    return message.figures;
  } finally {
    await worker.terminate();
  }
}
