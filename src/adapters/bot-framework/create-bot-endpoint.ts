import { randomUUID } from "node:crypto";
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Request as BotbuilderRequest,
  type Response as BotbuilderResponse,
} from "botbuilder";
import { CallerIdConstants, type TurnContext } from "botbuilder";
import { AuthenticationConstants } from "botframework-connector";
import type { Config } from "../../config/config.js";
import type { Logger } from "../../observability/logger.js";
import type { MessageSender, RosterReader, TeamOwnerDirectory } from "../../ports/messaging.js";
import type { Clock, IdGenerator } from "../../ports/runtime.js";
import type { Queues, Stores } from "../../ports/stores.js";
import { createCardRenderers } from "../../bot/cards/card-renderers.js";
import { TrivselBot } from "../../bot/trivsel-bot.js";
import { openCheckIn, type OpenCheckInInput, type OpenCheckInResult } from "../../use-cases/open-check-in.js";
import { unauthorizedUnlessTurnStarted } from "./auth-failure-response.js";
import { BotConnectorRoster } from "./bot-connector-roster.js";
import { BotConnectorSender } from "./bot-connector-sender.js";
import { ConnectorClients } from "./connector-clients.js";
import { describeIssues, inboundActivitySchema, tenantOf } from "./inbound-activity.js";
import { isAllowedServiceUrl } from "./service-url-guard.js";
import { handleTurnError } from "./turn-error.js";

export interface BotEndpointDeps {
  config: Config;
  stores: Stores;
  /** Handed to the survey verbs instead of `stores` when given (BotDeps.surveyStores). */
  surveyStores?: Stores;
  queues: Queues;
  clock: Clock;
  logger: Logger;
  owners: TeamOwnerDirectory;
}

/** The parts of an HTTP request and response the endpoint uses (restify's satisfy them). */
export interface BotHttpRequest {
  body?: unknown;
  method?: string;
  headers: Record<string, string | string[] | undefined>;
}
export interface BotHttpResponse {
  status(code: number): unknown;
  send(body?: unknown): unknown;
  end(): unknown;
}

export interface BotEndpoint {
  /** POST /api/messages: validate at the edge, then botbuilder's CloudAdapter (JWT check) and the bot. */
  handle(req: BotHttpRequest, res: BotHttpResponse): Promise<void>;
  sender: MessageSender;
  roster: RosterReader;
  /** Opens a check-in now; the tab API's "check in" button calls this with the signed-in teacher as actor. */
  openCheckIn(input: OpenCheckInInput): Promise<OpenCheckInResult>;
}

/**
 * Builds the Teams bot endpoint on botbuilder's CloudAdapter. With no BOT_ID auth is off, which config allows
 * only in local mode bound to loopback (DESIGN §6); the adapter then accepts unsigned requests and sends no token.
 */
export function createBotEndpoint(deps: BotEndpointDeps): BotEndpoint {
  const { config, logger } = deps;
  const appId = config.bot.appId;
  const credentials = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: appId,
    MicrosoftAppPassword: config.bot.password,
    // An empty app id means auth disabled; botbuilder only accepts that combination as MultiTenant.
    MicrosoftAppType: appId ? config.bot.appType : "MultiTenant",
    MicrosoftAppTenantId: config.bot.tenantId,
  });
  const auth = new ConfigurationBotFrameworkAuthentication(
    {
      MicrosoftAppId: appId,
      MicrosoftAppTenantId: config.bot.tenantId,
      ...(config.testSeams.botOpenIdUrl ? publicCloudWithOpenIdUrl(config.testSeams.botOpenIdUrl) : {}),
    },
    credentials,
  );
  const adapter = new CloudAdapter(auth);
  const clients = new ConnectorClients(auth, appId, config.bot.connectorHosts);
  // Proactive sends are paced and retried by dispatch (DESIGN §5), so the SDK's own retries are off for them.
  const sender = new BotConnectorSender(new ConnectorClients(auth, appId, config.bot.connectorHosts, false), appId);
  const roster = new BotConnectorRoster(clients);
  const ids: IdGenerator = { next: () => randomUUID() };
  const cards = createCardRenderers({ teamsAppId: config.teamsAppId });
  const bot = new TrivselBot({ ...deps, ids, sender, roster, cards, teamsAppId: config.teamsAppId });
  adapter.onTurnError = (context: TurnContext, error: Error) => handleTurnError(context, error, logger);

  const refuse = (res: BotHttpResponse, status: number, code: string, message: string): void => {
    res.status(status);
    res.send({ error: { code, message } });
    res.end();
  };

  return {
    sender,
    roster,
    openCheckIn: (input) => openCheckIn({ ...deps, sender, ids, cards }, input),
    async handle(req, res) {
      const parsed = inboundActivitySchema.safeParse(req.body);
      if (!parsed.success) return refuse(res, 400, "invalidActivity", describeIssues(parsed.error));
      const tenantId = tenantOf(parsed.data);
      if (!tenantId) return refuse(res, 400, "invalidActivity", "The activity names no tenant.");
      if (!config.allowedTenants.includes(tenantId)) {
        logger.warn({ tenantId }, "activity from a tenant that is not allow-listed");
        return refuse(res, 403, "tenantNotAllowed", "This tenant may not use this app.");
      }
      if (!isAllowedServiceUrl(parsed.data.serviceUrl, config.bot.connectorHosts)) {
        logger.warn({ tenantId }, "activity with a serviceUrl that is not allow-listed");
        return refuse(res, 403, "serviceUrlNotAllowed", "The activity's serviceUrl is not an allowed Bot Connector.");
      }
      let turnStarted = false;
      const guarded = unauthorizedUnlessTurnStarted(res as unknown as BotbuilderResponse, () => turnStarted);
      await adapter.process(req as BotbuilderRequest, guarded, (context) => {
        turnStarted = true;
        return bot.run(context);
      });
    },
  };
}

/**
 * The public cloud's settings with a local OpenID metadata URL (the TEST_BOT_OPENID_URL seam, local mode only).
 * botbuilder takes any one of these settings as "all are given", so the rest are spelled out with its own constants.
 */
function publicCloudWithOpenIdUrl(openIdUrl: string) {
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: openIdUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}
