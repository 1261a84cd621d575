import type { Logger } from "../observability/logger.js";
import type { MessageSender, RosterReader, TeamOwnerDirectory } from "../ports/messaging.js";
import type { Clock, IdGenerator } from "../ports/runtime.js";
import type { Queues, Stores } from "../ports/stores.js";
import type { CardRenderers } from "../use-cases/card-renderers.js";

/** Everything the bot's routes hand to use cases. Built once by createBotEndpoint. */
export interface BotDeps {
  stores: Stores;
  /** The same stores with round, class and settings reads cached, for the survey verbs only (main.ts says why). */
  surveyStores?: Stores;
  queues: Queues;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  sender: MessageSender;
  roster: RosterReader;
  owners: TeamOwnerDirectory;
  cards: CardRenderers;
  /** The Teams app id, for deep links into the tab. */
  teamsAppId: string;
}
