import { createRemoteJWKSet, type JWTVerifyGetKey } from "jose";
import type { Config } from "../../config/config.js";
import { MICROSOFT_HOST_CLIENT_IDS } from "./teams-clients.js";
import type { TrustedIssuer } from "./token-verifier.js";

/** Entra's multi-tenant OpenID metadata; its `jwks_uri` is `.../common/discovery/v2.0/keys` (trust.md §1.3). */
export const ENTRA_OPENID_METADATA_URL =
  "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

/** Give up on a slow metadata or key fetch after 5 s so a request fails instead of hanging (our choice). */
const FETCH_TIMEOUT_MS = 5_000;
/** Keys are refetched at most every 30 s on an unknown `kid` (rotation), and kept 24 h otherwise (jose defaults
 * are 30 s / 10 min; Microsoft rotates keys with weeks of overlap, so a day is safe). */
const KEYS_COOLDOWN_MS = 30_000;
const KEYS_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Tokens from Entra ID for our app: v2 issuer `https://login.microsoftonline.com/{tid}/v2.0` or v1
 * `https://sts.windows.net/{tid}/`, audience our client id or `api://{tabDomain}/{clientId}`, signed by a key
 * from the OpenID metadata's JWKS. Tests point the metadata at a local fake (config forbids that in production).
 */
export function entraIssuer(config: Config): TrustedIssuer {
  const { clientId, tabDomain } = config.entra;
  const audiences = clientId ? [clientId, ...(tabDomain ? [`api://${tabDomain}/${clientId}`] : [])] : [];
  return {
    issuersFor: (tid) => [`https://login.microsoftonline.com/${tid}/v2.0`, `https://sts.windows.net/${tid}/`],
    audiences,
    clients: MICROSOFT_HOST_CLIENT_IDS,
    algorithms: ["RS256"],
    keys: keysFromMetadata(config.testSeams.entraOpenIdUrl ?? ENTRA_OPENID_METADATA_URL, config.mode === "production"),
  };
}

/** Loads the metadata once, on first use; a failed load is retried by the next request. */
function keysFromMetadata(metadataUrl: string, requireHttps: boolean): JWTVerifyGetKey {
  let loading: Promise<JWTVerifyGetKey> | undefined;
  const load = async (): Promise<JWTVerifyGetKey> => {
    const response = await fetch(metadataUrl, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`OpenID metadata: HTTP ${response.status}`);
    const metadata = (await response.json()) as { jwks_uri?: unknown };
    if (typeof metadata.jwks_uri !== "string") throw new Error("OpenID metadata has no jwks_uri");
    const jwksUrl = new URL(metadata.jwks_uri);
    if (requireHttps && jwksUrl.protocol !== "https:") throw new Error("OpenID metadata jwks_uri is not https");
    return createRemoteJWKSet(jwksUrl, {
      timeoutDuration: FETCH_TIMEOUT_MS,
      cooldownDuration: KEYS_COOLDOWN_MS,
      cacheMaxAge: KEYS_MAX_AGE_MS,
    });
  };
  return async (header, token) => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    const keys = await loading;
    return keys(header, token);
  };
}
