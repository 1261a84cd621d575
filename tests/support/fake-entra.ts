import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from "jose";

/** Teams web's client id: the `azp` a real tab SSO token carries (src/http/auth/teams-clients.ts). */
export const TEAMS_WEB_CLIENT_ID = "5e3ce6c0-2b1f-4285-8d4b-75ee78787346";

export interface MintOptions {
  /** Claims to add or replace; a claim set to `undefined` is left out of the token. */
  claims?: Record<string, unknown>;
  /** Seconds until expiry (negative: already expired). Default one hour. */
  expiresIn?: number;
  /** "rogue" signs with a key the JWKS does not publish, under the trusted key's kid. */
  signWith?: "trusted" | "rogue";
}

export interface FakeEntra {
  /** Use as TEST_ENTRA_OPENID_URL. */
  metadataUrl: string;
  /** How many times the JWKS was fetched (key caching shows as 1). */
  jwksRequests(): number;
  mint(identity: { tenantId: string; userId: string; audience: string }, options?: MintOptions): Promise<string>;
  close(): Promise<void>;
}

/**
 * A local OpenID issuer on 127.0.0.1 standing in for Entra ID: it publishes metadata and a JWKS like
 * login.microsoftonline.com and mints RS256 tokens with Entra's claim shapes, so the API's real validation
 * code runs unchanged against it (config's TEST_ENTRA_OPENID_URL seam, forbidden in production).
 */
export async function startFakeEntra(): Promise<FakeEntra> {
  const trusted = await generateKeyPair("RS256");
  const rogue = await generateKeyPair("RS256");
  const kid = "fake-entra-key-1";
  const publicJwk = { ...(await exportJWK(trusted.publicKey)), kid, alg: "RS256", use: "sig" };
  let jwksCount = 0;

  const server: Server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (req.url === "/common/v2.0/.well-known/openid-configuration") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          issuer: "https://login.microsoftonline.com/{tenantid}/v2.0",
          jwks_uri: `${base}/common/discovery/v2.0/keys`,
          id_token_signing_alg_values_supported: ["RS256"],
        }),
      );
    } else if (req.url === "/common/discovery/v2.0/keys") {
      jwksCount += 1;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ keys: [publicJwk] }));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    metadataUrl: `http://127.0.0.1:${port}/common/v2.0/.well-known/openid-configuration`,
    jwksRequests: () => jwksCount,
    async mint(identity, options = {}) {
      const now = Math.floor(Date.now() / 1000);
      const defaults: JWTPayload = {
        iss: `https://login.microsoftonline.com/${identity.tenantId}/v2.0`,
        aud: identity.audience,
        tid: identity.tenantId,
        oid: identity.userId,
        sub: `sub-${identity.userId}`,
        scp: "access_as_user",
        azp: TEAMS_WEB_CLIENT_ID,
        ver: "2.0",
        iat: now - 60,
        nbf: now - 60,
        exp: now + (options.expiresIn ?? 3600),
      };
      const claims: Record<string, unknown> = { ...defaults, ...options.claims };
      for (const key of Object.keys(claims)) if (claims[key] === undefined) delete claims[key];
      const key: CryptoKey = options.signWith === "rogue" ? rogue.privateKey : trusted.privateKey;
      return new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid, typ: "JWT" }).sign(key);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
