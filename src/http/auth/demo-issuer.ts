import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTVerifyGetKey } from "jose";
import type { Identity } from "../../use-cases/resolve-actor.js";
import { REQUIRED_SCOPE, type TrustedIssuer } from "./token-verifier.js";

/** A local-only issuer name: no real Entra token can carry it, and it exists only while demo sign-in is on. */
export const DEMO_ISSUER = "urn:trivsel:local-demo-sign-in";
export const DEMO_AUDIENCE = "api://trivsel-local-demo";
const DEMO_CLIENT = "trivsel-local-demo-tab";
const KEY_ID = "demo-1";
/** A working day, so a demo session does not expire mid-demo (our choice; local only). */
const DEMO_TOKEN_LIFETIME = "8h";

export interface DemoIssuer extends TrustedIssuer {
  /** Mints a token naming a seeded user; it is then validated like any other token. */
  sign(identity: Identity): Promise<string>;
}

/**
 * Demo sign-in for local mode (config.demo.signIn, never true in production). The key pair is generated at
 * startup and lives only in memory, so tokens die with the process and cannot be forged from the repository.
 */
export function createDemoIssuer(): DemoIssuer {
  const ready = (async () => {
    const { privateKey, publicKey } = await generateKeyPair("ES256");
    const jwk = { ...(await exportJWK(publicKey)), kid: KEY_ID, alg: "ES256" };
    return { privateKey: privateKey as CryptoKey, keys: createLocalJWKSet({ keys: [jwk] }) };
  })();
  const keys: JWTVerifyGetKey = async (header, token) => (await ready).keys(header, token);
  return {
    issuersFor: () => [DEMO_ISSUER],
    audiences: [DEMO_AUDIENCE],
    clients: [DEMO_CLIENT],
    algorithms: ["ES256"],
    keys,
    async sign(identity) {
      const { privateKey } = await ready;
      return new SignJWT({
        tid: identity.tenantId,
        oid: identity.userId,
        scp: REQUIRED_SCOPE,
        azp: DEMO_CLIENT,
        ver: "2.0",
      })
        .setProtectedHeader({ alg: "ES256", kid: KEY_ID, typ: "JWT" })
        .setIssuer(DEMO_ISSUER)
        .setAudience(DEMO_AUDIENCE)
        .setSubject(identity.userId)
        .setIssuedAt()
        .setExpirationTime(DEMO_TOKEN_LIFETIME)
        .sign(privateKey);
    },
  };
}
