import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { ConfigError, DEFAULT_CONNECTOR_HOSTS, loadConfig } from "../../../src/config/config.js";
import { readEnvFile } from "../../../scripts/lib/env-files.js";

/** Everything production mode needs (DESIGN §7 "modes"), with invented ids. */
const PRODUCTION: NodeJS.ProcessEnv = {
  NODE_ENV: "production",
  BOT_ID: "8e4f2a6b-7c1d-4f3e-a5b9-0d2c6e8f1a3b",
  BOT_TENANT_ID: "0c7e1b2a-9d4f-4a6e-8b3c-5f1d2e3a4b6c",
  BOT_TYPE: "UserAssignedMSI",
  AAD_APP_CLIENT_ID: "b1d3f5a7-c9e2-4b6d-8f0a-2c4e6a8b0d1f",
  TAB_DOMAIN: "trivsel-dev.azurewebsites.net",
  ALLOWED_TENANTS: "0c7e1b2a-9d4f-4a6e-8b3c-5f1d2e3a4b6c",
  STORAGE_ACCOUNT_URL: "https://trivseldev.table.core.windows.net",
};
const without = (key: string): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(PRODUCTION).filter(([k]) => k !== key));
const AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

describe("production mode", () => {
  it("starts with the settings infra/azure.bicep provides, listening on every interface", () => {
    const config = loadConfig(PRODUCTION);
    expect(config.mode).toBe("production");
    expect(config.host).toBe("0.0.0.0");
    expect(config.storage).toEqual({ kind: "accountUrl", accountUrl: PRODUCTION["STORAGE_ACCOUNT_URL"] });
    expect(config.allowedTenants).toEqual([PRODUCTION["ALLOWED_TENANTS"]]);
  });

  it.each(["BOT_ID", "BOT_TENANT_ID", "AAD_APP_CLIENT_ID", "TAB_DOMAIN", "ALLOWED_TENANTS"])(
    "refuses to start without %s",
    (key) => {
      expect(() => loadConfig(without(key))).toThrow(ConfigError);
      expect(() => loadConfig(without(key))).toThrow(new RegExp(`Production mode needs: .*${key}`));
    },
  );

  it("refuses to start without storage, rather than falling back to an embedded Azurite", () => {
    expect(() => loadConfig(without("STORAGE_ACCOUNT_URL"))).toThrow(/Production mode needs: STORAGE_ACCOUNT_URL/);
  });

  it("names every missing setting at once", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(
      "Production mode needs: BOT_ID, BOT_TENANT_ID, AAD_APP_CLIENT_ID, TAB_DOMAIN, ALLOWED_TENANTS, STORAGE_ACCOUNT_URL",
    );
  });

  it("does not need a bot tenant for a multi-tenant bot", () => {
    const env = { ...without("BOT_TENANT_ID"), BOT_TYPE: "MultiTenant", SECRET_BOT_PASSWORD: "from-key-vault" };
    expect(loadConfig(env).bot.appType).toBe("MultiTenant");
  });

  it("needs a bot password unless the bot runs as a managed identity", () => {
    expect(() => loadConfig({ ...PRODUCTION, BOT_TYPE: "SingleTenant" })).toThrow(/SECRET_BOT_PASSWORD/);
  });

  it("refuses storage over plain http", () => {
    expect(() => loadConfig({ ...PRODUCTION, STORAGE_ACCOUNT_URL: "http://127.0.0.1:10002/devstoreaccount1" })).toThrow(
      /STORAGE_ACCOUNT_URL over http/,
    );
  });

  it("treats empty values as unset", () => {
    expect(loadConfig({ PORT: "", TEAMS_APP_ID: "", DEMO_DATA: "" }).port).toBe(3978);
  });

  it.each([
    ["TEST_ENTRA_OPENID_URL", "http://127.0.0.1:4000/.well-known/openid-configuration"],
    ["TEST_BOT_OPENID_URL", "http://127.0.0.1:4001/.well-known/openid-configuration"],
    ["DEMO_DATA", "true"],
  ])("refuses the test or local setting %s", (key, value) => {
    expect(() => loadConfig({ ...PRODUCTION, [key]: value })).toThrow(
      new RegExp(`Production mode refuses test and local settings: ${key}`),
    );
  });

  it.each([
    ["the development-storage shortcut", "UseDevelopmentStorage=true"],
    [
      "Azurite's well-known account",
      `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_KEY};TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;`,
    ],
  ])("refuses an Azurite connection string (%s)", (_name, connectionString) => {
    expect(() => loadConfig({ ...PRODUCTION, STORAGE_CONNECTION_STRING: connectionString })).toThrow(
      /refuses test and local settings: STORAGE_CONNECTION_STRING \(Azurite\)/,
    );
  });

  it("never enables the demo sign-in or demo data, and leaves loopback off the connector allow-list", () => {
    const config = loadConfig({ ...PRODUCTION, DEMO_DATA: "false" });
    expect(config.demo).toMatchObject({ enabled: false, signIn: false });
    expect(config.testSeams).toEqual({});
    expect(config.bot.connectorHosts).toEqual(DEFAULT_CONNECTOR_HOSTS);
  });

  it("treats only NODE_ENV=production as production", () => {
    expect(loadConfig({ NODE_ENV: "Production" }).mode).toBe("local");
    expect(loadConfig({ NODE_ENV: "staging" }).mode).toBe("local");
  });
});

describe("local mode", () => {
  it("binds 127.0.0.1 only, on port 3978 by default", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ mode: "local", host: "127.0.0.1", port: 3978, publicUrl: "http://127.0.0.1:3978" });
  });

  it("enables the demo school and the demo sign-in for the demo tenant", () => {
    const config = loadConfig({});
    expect(config.demo).toEqual({ enabled: true, signIn: true, tenantId: "5f1e5c2a-0000-4000-8000-00000000d3e0" });
    expect(config.allowedTenants).toEqual([config.demo.tenantId]);
  });

  it("keeps the demo sign-in but seeds nothing with DEMO_DATA=false", () => {
    expect(loadConfig({ DEMO_DATA: "false" }).demo).toMatchObject({ enabled: false, signIn: true });
  });

  it("uses the embedded Azurite unless a connection string or account URL is given", () => {
    expect(loadConfig({}).storage).toEqual({ kind: "embedded", location: undefined });
    expect(loadConfig({ AZURITE_LOCATION: ".data" }).storage).toEqual({ kind: "embedded", location: ".data" });
    expect(loadConfig({ STORAGE_CONNECTION_STRING: "UseDevelopmentStorage=true" }).storage.kind).toBe(
      "connectionString",
    );
  });

  it("accepts the test seams and lets the bot talk to a loopback connector", () => {
    const config = loadConfig({ TEST_BOT_OPENID_URL: "http://127.0.0.1:4001/openid" });
    expect(config.testSeams).toEqual({ botOpenIdUrl: "http://127.0.0.1:4001/openid" });
    expect(config.bot.connectorHosts).toEqual(expect.arrayContaining(["127.0.0.1", "localhost"]));
  });
});

describe("the committed environment files", () => {
  // Only the committed file (not a developer's .user file), with empty values unset as the toolkit leaves them.
  const committed = (name: string) =>
    Object.fromEntries(
      Object.entries(readEnvFile(fileURLToPath(new URL(`../../../env/.env.${name}`, import.meta.url)))).filter(
        ([, value]) => value !== "",
      ),
    );

  it("env/.env.local is a working local configuration: the demo on 127.0.0.1:3978", () => {
    const config = loadConfig(committed("local"));
    expect(config).toMatchObject({ mode: "local", host: "127.0.0.1", port: 3978 });
    expect(config.demo).toMatchObject({ enabled: true, signIn: true });
  });

  it("env/.env.dev alone cannot start production: provisioning must fill it first", () => {
    expect(() => loadConfig({ ...committed("dev"), NODE_ENV: "production" })).toThrow(/Production mode needs: BOT_ID/);
  });
});

describe("invalid settings", () => {
  it.each([
    ["PORT", "http"],
    ["PORT", "70000"],
    ["LOG_LEVEL", "loud"],
    ["BOT_TYPE", "Anonymous"],
    ["SEND_RATE_PER_SECOND", "500"],
    ["STORAGE_ACCOUNT_URL", "not a url"],
  ])("%s=%s fails fast with a message naming the setting", (key, value) => {
    expect(() => loadConfig({ [key]: value })).toThrow(new RegExp(`Invalid configuration: ${key}`));
  });
});
