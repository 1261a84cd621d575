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
    /**
     * False for proactive sends: the dispatch layer paces and retries them itself (DESIGN §5). The SDK's own retry
     * policy would retry a 429 for one request while everything else keeps sending, and would retry in the
     * background after our timeout gave up, sending the same card twice.
     */
    private readonly sdkRetries = true,
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
      if (!this.sdkRetries) client = client.then(withoutSdkRetries);
      client.catch(() => this.cache.delete(serviceUrl));
      this.cache.set(serviceUrl, client);
    }
    return client;
  }
}

/** @azure/core-rest-pipeline's retry policy (429 with Retry-After, 5xx and network errors), by its policy name. */
const SDK_RETRY_POLICY = "defaultRetryPolicy";

function withoutSdkRetries(client: ConnectorClient): ConnectorClient {
  const pipeline = (client as unknown as { client?: { pipeline?: { removePolicy(p: { name: string }): unknown } } })
    .client?.pipeline;
  pipeline?.removePolicy({ name: SDK_RETRY_POLICY });
  return client;
}
