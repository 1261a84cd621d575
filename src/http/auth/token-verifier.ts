import { decodeJwt, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import type { Identity } from "../../use-cases/resolve-actor.js";

/** One issuer whose tokens the tab API accepts: Entra ID in Teams, or the local demo sign-in. */
export interface TrustedIssuer {
  /** Accepted `iss` values for a token that names tenant `tid` (Entra issues per tenant). */
  issuersFor(tid: string): string[];
  /** Accepted `aud` values; none means this issuer is not configured and nothing it signs is accepted. */
  audiences: string[];
  /** Accepted `azp` (v2) / `appid` (v1) values: the clients allowed to ask for tokens for us. */
  clients: readonly string[];
  algorithms: string[];
  keys: JWTVerifyGetKey;
}

export type AuthFailureCode =
  "missingToken" | "invalidToken" | "expiredToken" | "insufficientScope" | "tenantNotAllowed";

export type AuthResult = { ok: true; identity: Identity } | { ok: false; status: 401 | 403; code: AuthFailureCode };

/** The delegated scope Teams SSO asks for (msteams-docs tab-sso-code.md). */
export const REQUIRED_SCOPE = "access_as_user";

/** Entra allows 5 minutes of clock skew between issuer and API (trust.md §1.1, the same rule as the bot). */
const CLOCK_TOLERANCE_SECONDS = 300;

/** Entra tenant ids are GUIDs; checking the shape keeps `tid` safe to build an issuer URL from (trust.md §1.3). */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Entra object ids are GUIDs; demo ids are short slugs. Anything else cannot be a user we know. */
const USER_ID = /^[\w.-]{1,64}$/;

/**
 * Validates a bearer token and returns who it names (`tid` + `oid` only; trust.md §1.3). Signature, issuer,
 * audience, lifetime and authorised client failures are 401; a genuine token without our scope, or from a
 * tenant that is not allow-listed, is 403: authenticated, but not allowed in.
 */
export function createTokenVerifier(issuers: readonly TrustedIssuer[], allowedTenants: readonly string[]) {
  const fail = (status: 401 | 403, code: AuthFailureCode): AuthResult => ({ ok: false, status, code });

  return async function verifyToken(token: string | undefined): Promise<AuthResult> {
    if (!token) return fail(401, "missingToken");
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      return fail(401, "invalidToken");
    }
    const tid = unverified["tid"];
    if (typeof tid !== "string" || !GUID.test(tid)) return fail(401, "invalidToken");
    const issuer = issuers.find((i) => i.issuersFor(tid).includes(String(unverified.iss)));
    if (!issuer || issuer.audiences.length === 0) return fail(401, "invalidToken");

    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, issuer.keys, {
        issuer: issuer.issuersFor(tid),
        audience: issuer.audiences,
        algorithms: issuer.algorithms,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ["exp", "tid", "oid"],
      }));
    } catch (error) {
      return fail(401, error instanceof errors.JWTExpired ? "expiredToken" : "invalidToken");
    }
    const client = claims["azp"] ?? claims["appid"];
    if (typeof client !== "string" || !issuer.clients.includes(client)) return fail(401, "invalidToken");
    const oid = claims["oid"];
    if (claims["tid"] !== tid || typeof oid !== "string" || !USER_ID.test(oid)) return fail(401, "invalidToken");
    const scopes = typeof claims["scp"] === "string" ? claims["scp"].split(" ") : [];
    if (!scopes.includes(REQUIRED_SCOPE)) return fail(403, "insufficientScope");
    if (!allowedTenants.includes(tid)) return fail(403, "tenantNotAllowed");
    return { ok: true, identity: { tenantId: tid, userId: oid } };
  };
}

export type VerifyToken = ReturnType<typeof createTokenVerifier>;
