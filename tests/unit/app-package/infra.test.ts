import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/config.js";
import { listPlaceholders } from "../../../scripts/lib/placeholders.js";
import { readEnvFile } from "../../../scripts/lib/env-files.js";
import {
  delimiterProblem,
  objectVarKeys,
  objectVarLiterals,
  readBicep,
  stripBicep,
  type BicepFile,
} from "./bicep-scan.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const infra = join(root, "infra");
const bicepPaths = [
  join(infra, "azure.bicep"),
  ...readdirSync(join(infra, "modules")).map((f) => join(infra, "modules", f)),
];
const texts = new Map(bicepPaths.map((p) => [p, readFileSync(p, "utf8")]));
const files = new Map<string, BicepFile>(bicepPaths.map((p) => [p, readBicep(texts.get(p) ?? "")]));
const main = files.get(join(infra, "azure.bicep")) as BicepFile;
const parameters = JSON.parse(readFileSync(join(infra, "azure.parameters.json"), "utf8")) as {
  parameters: Record<string, { value: unknown }>;
};
const allText = [...texts.values()].join("\n");

describe("infra/azure.bicep, checked offline", () => {
  it.each(bicepPaths.map((p) => [p.slice(root.length), p]))("%s has balanced delimiters", (_name, path) => {
    expect(delimiterProblem(files.get(path)?.code ?? "")).toBeUndefined();
  });

  it("gives every resource a type with an API version", () => {
    const resources = [...files.values()].flatMap((f) => f.resources);
    expect(resources.length).toBeGreaterThanOrEqual(12);
    for (const { symbol, type } of resources) {
      expect(type, symbol).toMatch(/^Microsoft\.[A-Za-z]+\/[A-Za-z/]+@\d{4}-\d{2}-\d{2}(-preview)?$/);
    }
  });

  it("declares every parameter the parameters file sets, and the file sets every required one", () => {
    const declared = new Map(main.params.map((p) => [p.name, p]));
    const given = Object.keys(parameters.parameters);
    for (const name of given) expect(declared.has(name), name).toBe(true);
    for (const p of main.params) if (!p.hasDefault) expect(given, p.name).toContain(p.name);
  });

  it("passes each module exactly the parameters it declares, including all required ones", () => {
    for (const module of main.modules) {
      const path = join(infra, module.path);
      expect(existsSync(path), module.path).toBe(true);
      const declared = files.get(path)?.params ?? [];
      for (const name of module.params)
        expect(
          declared.map((p) => p.name),
          `${module.symbol}.${name}`,
        ).toContain(name);
      for (const p of declared)
        if (!p.hasDefault) expect(module.params, `${module.symbol} needs ${p.name}`).toContain(p.name);
    }
  });

  it("uses only symbols it declares", () => {
    for (const [path, file] of files) {
      const known = new Set([
        ...file.params.map((p) => p.name),
        ...file.resources.map((r) => r.symbol),
        ...file.modules.map((m) => m.symbol),
        ...file.vars,
      ]);
      const used = [...file.code.matchAll(/\b([a-z]\w*)\.(properties|outputs|id|name)\b/g)].map((m) => m[1] ?? "");
      for (const symbol of used) expect(known.has(symbol), `${path}: ${symbol}`).toBe(true);
    }
  });

  it("fills the parameters file from environment variables the dev environment defines", () => {
    const envKeys = Object.keys(readEnvFile(join(root, "env", ".env.dev")));
    const placeholders = listPlaceholders(readFileSync(join(infra, "azure.parameters.json"), "utf8"));
    expect(placeholders.length).toBeGreaterThan(0);
    for (const name of placeholders) expect(envKeys, name).toContain(name);
  });

  it("the blanking reader ignores braces in comments and strings but keeps interpolations", () => {
    const code = stripBicep("var a = '{ not code }' // } nor this\nvar b = '${a}x'\n");
    expect(delimiterProblem(code)).toBeUndefined();
    expect(code).toContain("${a}");
    expect(delimiterProblem(stripBicep("var c = {\n  d: [1\n}\n"))).toMatch(/unexpected "}"/);
  });
});

describe("the Azure resources", () => {
  it("run a Linux Node 20 LTS web app, HTTPS only, as a user-assigned managed identity", () => {
    expect(allText).toMatch(/kind: 'linux'[\s\S]*reserved: true/);
    expect(allText).toContain("linuxFxVersion: 'NODE|20-lts'");
    expect(allText).toContain("httpsOnly: true");
    expect(allText).toContain("minTlsVersion: '1.2'");
    expect(allText).toMatch(/type: 'UserAssigned'/);
  });

  it("keep storage private: TLS 1.2, no public blobs, no shared keys, data roles for the app's identity", () => {
    expect(allText).toContain("minimumTlsVersion: 'TLS1_2'");
    expect(allText).toContain("allowBlobPublicAccess: false");
    expect(allText).toContain("allowSharedKeyAccess: false");
    for (const service of ["tableServices", "queueServices", "blobServices"]) expect(allText).toContain(service);
    expect(allText).toContain("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"); // Storage Table Data Contributor
    expect(allText).toContain("974c5e8b-45b9-4653-ba55-5f855dd0fb88"); // Storage Queue Data Contributor
    expect(allText).toContain("ba92f5b4-2d11-453d-a403-e96b0029c9fe"); // Storage Blob Data Contributor
  });

  it("register a single-tenant or managed-identity Azure Bot with the Teams channel and Application Insights", () => {
    expect(allText).toContain("Microsoft.BotService/botServices@");
    expect(allText).toMatch(/@allowed\(\['UserAssignedMSI', 'SingleTenant'\]\)/);
    expect(allText).toContain("msaAppType: appType");
    expect(allText).toContain("channelName: 'MsTeamsChannel'");
    expect(allText).toContain("endpoint: 'https://${hostName}/api/messages'");
    expect(allText).toContain("Microsoft.Insights/components@");
    expect(allText).toContain("Microsoft.OperationalInsights/workspaces@");
  });

  it("give the app the settings production mode needs, so it starts (config.ts accepts them)", () => {
    const keys = objectVarKeys(main, "baseSettings");
    // Computed values get a stand-in of the right shape; literal ones (NODE_ENV, LOG_LEVEL, ...) are used as they are.
    const computed = Object.fromEntries(
      keys.map((k) => [k, k.endsWith("_URL") ? "https://example.org" : `value-of-${k}`]),
    );
    const literals = objectVarLiterals(texts.get(join(infra, "azure.bicep")) ?? "", main, "baseSettings");
    expect(literals).toMatchObject({ NODE_ENV: "production", DEMO_DATA: "false" });
    const config = loadConfig({ ...computed, ...literals, BOT_TYPE: "UserAssignedMSI" });
    expect(config.mode).toBe("production");
    expect(config.storage.kind).toBe("accountUrl");
    expect(keys).toEqual(expect.arrayContaining(["NODE_ENV", "STORAGE_ACCOUNT_URL", "BOT_ID", "ALLOWED_TENANTS"]));
  });

  it("hold no secrets: no keys or connection strings, and secret parameters are @secure()", () => {
    expect(allText).not.toMatch(/AccountKey=|SharedAccessSignature=|listKeys\(|InstrumentationKey=/);
    for (const [path, file] of files) {
      for (const p of file.params.filter((q) => /password|secret|settings/i.test(q.name))) {
        expect(p.decorators, `${path}: ${p.name}`).toContain("@secure()");
      }
    }
    for (const [name, { value }] of Object.entries(parameters.parameters)) {
      expect(/password|secret|key/i.test(name) && !String(value).startsWith("${{SECRET_"), name).toBe(false);
    }
  });

  it("write back the outputs later steps and the Teams manifest need", () => {
    expect(main.outputs).toEqual(
      expect.arrayContaining(["BOT_ID", "TAB_DOMAIN", "TAB_ENDPOINT", "BOT_AZURE_APP_SERVICE_RESOURCE_ID"]),
    );
  });
});
