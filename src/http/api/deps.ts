import type { Config } from "../../config/config.js";
import type { Logger } from "../../observability/logger.js";
import type { Clock } from "../../ports/runtime.js";
import type { Queues, Stores } from "../../ports/stores.js";
import type { DemoIssuer } from "../auth/demo-issuer.js";

/** What API routes may use: ports and config, never adapters (DESIGN §2). */
export interface ApiDeps {
  config: Config;
  stores: Stores;
  queues: Queues;
  clock: Clock;
  logger: Logger;
  /** Present only when local demo sign-in is on (config.demo.signIn). */
  demoIssuer: DemoIssuer | undefined;
  isReady: () => Promise<boolean>;
}
