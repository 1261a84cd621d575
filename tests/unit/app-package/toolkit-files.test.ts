import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readEnvFile } from "../../../scripts/lib/env-files.js";
import { listPlaceholders } from "../../../scripts/lib/placeholders.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));

describe("the Agents Toolkit project files", () => {
  const read = (name: string) => readFileSync(join(root, name), "utf8");

  it.each(["m365agents.yml", "m365agents.local.yml"])("%s points at files that exist", (name) => {
    const paths = [...read(name).matchAll(/(?:path|manifestPath|parameters|appPackagePath): (\.\/\S+)/g)]
      .map((m) => m[1] ?? "")
      .filter((p) => !p.includes("/build/"));
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(existsSync(join(root, p)), p).toBe(true);
    for (const script of read(name).matchAll(/run: node (?:--import tsx )?(\S+)/g)) {
      expect(existsSync(join(root, script[1] ?? "")), script[1]).toBe(true);
    }
  });

  it("provisions in an order that has each value before it is used", () => {
    const yml = read("m365agents.yml");
    const order = ["teamsApp/create", "aadApp/create", "arm/deploy", "aadApp/update", "teamsApp/zipAppPackage"];
    const positions = order.map((step) => yml.indexOf(`uses: ${step}`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("exposes access_as_user on the tab's Entra app to the Teams clients, on the manifest's SSO resource", () => {
    const aad = JSON.parse(read("aad.manifest.json"));
    const scope = aad.oauth2Permissions.find((p: { value: string }) => p.value === "access_as_user");
    expect(scope).toMatchObject({ type: "User", isEnabled: true });
    const teamsClients = ["1fec8e78-bce4-4aaf-ab1b-5451cc387264", "5e3ce6c0-2b1f-4285-8d4b-75ee78787346"];
    for (const appId of teamsClients) {
      const entry = aad.preAuthorizedApplications.find((a: { appId: string }) => a.appId === appId);
      expect(entry?.permissionIds, appId).toEqual([scope.id]);
    }
    const manifest = JSON.parse(read("appPackage/manifest.json"));
    expect(aad.identifierUris).toEqual([manifest.webApplicationInfo.resource]);
    expect(aad.appId).toBe(manifest.webApplicationInfo.id);
    expect(aad.accessTokenAcceptedVersion).toBe(2);
    expect(aad.signInAudience).toBe("AzureADMyOrg");
  });

  it("fills every placeholder of the Entra manifest from the environments or the toolkit", () => {
    const known = new Set([
      ...Object.keys(readEnvFile(join(root, "env", ".env.dev"))),
      ...Object.keys(readEnvFile(join(root, "env", ".env.local"))),
    ]);
    for (const name of listPlaceholders(read("aad.manifest.json"))) expect(known.has(name), name).toBe(true);
  });
});
