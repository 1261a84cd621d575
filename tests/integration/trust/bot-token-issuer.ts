import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";

/** What a Connector-to-bot token may be bent into for the fail-closed tests (trust.md P8). */
export interface BotTokenOptions {
  aud?: string;
  iss?: string;
  serviceurl?: string;
  kid?: string;
  /** Seconds from now; negative means already expired. */
  expiresIn?: number;
  signWith?: "trusted" | "rogue";
}

export interface BotTokenIssuer {
  /** Use as TEST_BOT_OPENID_URL (local mode only; config refuses it in production). */
  metadataUrl: string;
  mint(audience: string, serviceUrl: string, options?: BotTokenOptions): Promise<string>;
  /** An unsigned token (`alg: none`) with otherwise valid claims. */
  unsigned(audience: string, serviceUrl: string): string;
  /** HS256 "signed" with the public key's JWK text: the classic algorithm-confusion forgery. */
  hmacWithPublicKey(audience: string, serviceUrl: string): Promise<string>;
  close(): Promise<void>;
}

export const BOT_CONNECTOR_ISSUER = "https://api.botframework.com";
const KID = "trust-test-key-1";

/**
 * A local stand-in for login.botframework.com on 127.0.0.1: OpenID metadata and a JWKS whose key carries the
 * "msteams" endorsement, the shapes of tests/fixtures/teams/teams-jwt-botconnector-*.json.
 */
export async function startBotTokenIssuer(): Promise<BotTokenIssuer> {
  const trusted = await generateKeyPair("RS256");
  const rogue = await generateKeyPair("RS256");
  const publicJwk = { ...(await exportJWK(trusted.publicKey)), kid: KID, use: "sig", endorsements: ["msteams"] };
  const server: Server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader("content-type", "application/json");
    if (req.url === "/v1/.well-known/openidconfiguration") {
      res.end(
        JSON.stringify({
          issuer: BOT_CONNECTOR_ISSUER,
          jwks_uri: `${base}/v1/.well-known/keys`,
          id_token_signing_alg_values_supported: ["RS256"],
        }),
      );
    } else if (req.url === "/v1/.well-known/keys") {
      res.end(JSON.stringify({ keys: [publicJwk] }));
    } else {
      res.writeHead(404).end("{}");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const now = () => Math.floor(Date.now() / 1000);
  const claims = (audience: string, serviceUrl: string, o: BotTokenOptions = {}) => ({
    iss: o.iss ?? BOT_CONNECTOR_ISSUER,
    aud: o.aud ?? audience,
    serviceurl: o.serviceurl ?? serviceUrl,
    iat: now() - 60,
    nbf: now() - 60,
    exp: now() + (o.expiresIn ?? 600),
  });
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return {
    metadataUrl: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`,
    mint(audience, serviceUrl, o = {}) {
      const key: CryptoKey = o.signWith === "rogue" ? rogue.privateKey : trusted.privateKey;
      return new SignJWT(claims(audience, serviceUrl, o))
        .setProtectedHeader({ alg: "RS256", kid: o.kid ?? KID, typ: "JWT" })
        .sign(key);
    },
    unsigned(audience, serviceUrl) {
      return `${b64({ alg: "none", typ: "JWT", kid: KID })}.${b64(claims(audience, serviceUrl))}.`;
    },
    hmacWithPublicKey(audience, serviceUrl) {
      const secret = new TextEncoder().encode(JSON.stringify(publicJwk));
      return new SignJWT(claims(audience, serviceUrl))
        .setProtectedHeader({ alg: "HS256", kid: KID, typ: "JWT" })
        .sign(secret);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
