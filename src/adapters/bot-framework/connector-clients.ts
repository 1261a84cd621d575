import type { BotFrameworkAuthentication, ConnectorClient } from "botframework-connector";
import { AuthenticationConstants, ClaimsIdentity } from "botframework-connector";
import { assertAllowedServiceUrl } from "./service-url-guard.js";

/**
 * Connector clients for calls outside a turn (proactive sends, roster reads), authenticated as the bot through
 * the same BotFrameworkAuthentication the adapter uses. Every serviceUrl passes the host allow-list first.
 */
export class ConnectorClients {
  private readonly cache = new Map<string, Promise<ConnectorClient>>();

  constructor(
    private readonly auth: BotFrameworkAuthentication,
    private readonly appId: string,
    private readonly allowedHosts: readonly string[],
  ) {}

  forServiceUrl(serviceUrl: string): Promise<ConnectorClient> {
    assertAllowedServiceUrl(serviceUrl, this.allowedHosts);
    let client = this.cache.get(serviceUrl);
    if (!client) {
      // Same claims CloudAdapterBase builds for continueConversationAsync: audience and app id are the bot.
      const identity = new ClaimsIdentity([
        { type: AuthenticationConstants.AudienceClaim, value: this.appId },
        { type: AuthenticationConstants.AppIdClaim, value: this.appId },
      ]);
      client = this.auth.createConnectorFactory(identity).create(serviceUrl, undefined as unknown as string);
      client.catch(() => this.cache.delete(serviceUrl));
      this.cache.set(serviceUrl, client);
    }
    return client;
  }
}
