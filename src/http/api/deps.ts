import type { Config } from "../../config/config.js";
import type { Logger } from "../../observability/logger.js";
import type { Clock } from "../../ports/runtime.js";
import type { Queues, Stores } from "../../ports/stores.js";
import type { OpenCheckInInput, OpenCheckInResult } from "../../use-cases/open-check-in.js";
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
  /** openCheckIn with the bot's sender and cards bound (main.ts wires it); without it the route is absent. */
  checkIn: CheckInStarter | undefined;
}

/** Opens a check-in round now and sends the survey (src/use-cases/open-check-in.ts). */
export type CheckInStarter = (input: OpenCheckInInput) => Promise<OpenCheckInResult>;
