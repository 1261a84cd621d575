/** Thrown before any call to a Bot Connector host that is not allow-listed: the bot token must never go there. */
export class ServiceUrlRefused extends Error {
  readonly code = "serviceUrlRefused";
  constructor(readonly host: string) {
    super(`Bot Connector host not allowed: ${host}`);
  }
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/**
 * True when `serviceUrl` may receive the bot's token: its host name is exactly one of `allowedHosts` (no suffix or
 * wildcard matching, DESIGN §6), and it is HTTPS unless it is loopback (local mode's fake connector and Playground;
 * config only allows loopback hosts outside production).
 */
export function isAllowedServiceUrl(serviceUrl: string, allowedHosts: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  if (!allowedHosts.some((allowed) => allowed.toLowerCase() === host)) return false;
  if (url.username || url.password) return false;
  return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.has(host));
}

export function assertAllowedServiceUrl(serviceUrl: string, allowedHosts: readonly string[]): void {
  if (!isAllowedServiceUrl(serviceUrl, allowedHosts)) {
    let host = "(invalid url)";
    try {
      host = new URL(serviceUrl).hostname;
    } catch {
      // keep the placeholder
    }
    throw new ServiceUrlRefused(host);
  }
}
