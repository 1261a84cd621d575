import { parentPort, workerData } from "node:worker_threads";
import { postAll } from "./stats.js";

/**
 * The load generator on a thread of its own: the app's event loop then runs only the app, as in production where
 * Teams' requests come from elsewhere, and the client's own work (building requests, reading responses) is not
 * queued behind the handlers it measures. It still shares the machine's cores, and its CPU counts as the process's.
 */
const { url, bodies, concurrency, perSecond } = workerData as {
  url: string;
  bodies: string[];
  concurrency: number;
  perSecond?: number;
};
postAll(url, bodies, concurrency, perSecond).then(
  (figures) => parentPort?.postMessage({ figures }),
  (error: unknown) => parentPort?.postMessage({ error: String(error) }),
);
