import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../support/start-test-app.js";
import { person } from "../../support/teams-activities.js";
import { cardText, invokeCard } from "./card-helpers.js";

/**
 * With BOT_ID set, botbuilder's CloudAdapter validates the Bot Connector JWT (DESIGN §6). A local issuer publishes
 * the Bot Framework OpenID metadata and a JWKS with the "msteams" endorsement (fixtures
 * teams-jwt-botconnector-openid-configuration.json and -jwks-test-key.json), through the TEST_BOT_OPENID_URL seam.
 */
const BOT_ID = "3f0c7a52-7d2e-4c3b-9a51-6e0f2b8d1c44";
let issuer: Server;
let metadataUrl = "";
let signingKey: CryptoKey;
let t: TestApp;

beforeAll(async () => {
  const keys = await generateKeyPair("RS256");
  signingKey = keys.privateKey;
  const jwk = {
    ...(await exportJWK(keys.publicKey)),
    kid: "test-signing-key-1",
    use: "sig",
    endorsements: ["msteams"],
  };
  issuer = createServer((req, res) => {
    const base = `http://127.0.0.1:${(issuer.address() as AddressInfo).port}`;
    res.setHeader("content-type", "application/json");
    if (req.url === "/v1/.well-known/openidconfiguration") {
      res.end(
        JSON.stringify({
          issuer: "https://api.botframework.com",
          jwks_uri: `${base}/v1/.well-known/keys`,
          id_token_signing_alg_values_supported: ["RS256"],
        }),
      );
    } else if (req.url === "/v1/.well-known/keys") {
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.writeHead(404).end("{}");
    }
  });
  await new Promise<void>((resolve) => issuer.listen(0, "127.0.0.1", resolve));
  metadataUrl = `http://127.0.0.1:${(issuer.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`;
  t = await startTestApp({
    env: { BOT_ID, BOT_TYPE: "MultiTenant", SECRET_BOT_PASSWORD: "not-used-offline", TEST_BOT_OPENID_URL: metadataUrl },
  });
});
afterAll(async () => {
  await t?.stop();
  await new Promise<void>((resolve) => issuer.close(() => resolve()));
});

/** The Connector-to-bot token of teams-jwt-botconnector-to-bot-claims.json, signed by the local issuer. */
function token(claims: { aud?: string; serviceurl?: string } = {}) {
  return new SignJWT({ serviceurl: claims.serviceurl ?? t.connector.serviceUrl })
    .setProtectedHeader({ alg: "RS256", kid: "test-signing-key-1", typ: "JWT" })
    .setIssuer("https://api.botframework.com")
    .setAudience(claims.aud ?? BOT_ID)
    .setIssuedAt()
    .setNotBefore("0s")
    .setExpirationTime("10m")
    .sign(signingKey);
}

async function postWith(authorization: string | undefined) {
  // An unknown verb answers in the invoke response itself: no outbound call (which would need a real token).
  const activity = t.activities.invoke(person("Anna Elev"), "survey.unknown", {});
  const response = await fetch(`${t.app.url}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(activity),
  });
  return { status: response.status, body: (await response.text()) || undefined };
}

describe("Bot Connector authentication", () => {
  it("accepts an activity signed by the Bot Connector for this bot", async () => {
    const response = await postWith(`Bearer ${await token()}`);
    expect(response.status).toBe(200);
    expect(cardText(invokeCard(JSON.parse(String(response.body))))).toContain("isn't supported any more");
  });

  it("refuses an unsigned activity with 401", async () => {
    expect((await postWith(undefined)).status).toBe(401);
  });

  it("refuses a token for another bot, or for another serviceUrl, with 401", async () => {
    expect((await postWith(`Bearer ${await token({ aud: "another-bot" })}`)).status).toBe(401);
    expect(
      (await postWith(`Bearer ${await token({ serviceurl: "https://smba.trafficmanager.net/amer/" })}`)).status,
    ).toBe(401);
  });
});
