import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { AppManifestUtils, type AppManifest } from "@microsoft/app-manifest";
import { describe, expect, it } from "vitest";
import {
  bundledSchemaPath,
  bundledSchemaRoot,
  compilable,
  loadBundledSchema,
} from "../../../scripts/lib/manifest-schema.js";
import {
  fillJsonPlaceholders,
  listPlaceholders,
  UnfilledPlaceholdersError,
} from "../../../scripts/lib/placeholders.js";
import { SAMPLE_ENV } from "./sample-env.js";

const appDir = new URL("../../../appPackage/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, appDir), "utf8");
const manifestText = read("manifest.json");
const filled = JSON.parse(fillJsonPlaceholders(manifestText, SAMPLE_ENV)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const schemaUrl = filled["$schema"] as string;

/** Validates offline: the schema is the file bundled in @microsoft/app-manifest, never fetched from the network. */
async function validate(document: unknown, url = schemaUrl): Promise<string[]> {
  return AppManifestUtils.validateAgainstSchema(document as AppManifest, loadBundledSchema(url) as never);
}

describe("the Teams app manifest", () => {
  it("is valid against the bundled schema once its placeholders are filled", async () => {
    expect(await validate(filled)).toEqual([]);
  });

  it("uses the newest manifest version that @microsoft/app-manifest bundles", () => {
    const versions = readdirSync(join(bundledSchemaRoot(), "teams"))
      .filter((v) => /^v1\.\d+$/.test(v))
      .map((v) => Number(v.slice(3)));
    expect(filled["manifestVersion"]).toBe(`1.${Math.max(...versions)}`);
    expect(schemaUrl).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${filled["manifestVersion"]}/MicrosoftTeams.schema.json`,
    );
  });

  it("takes every environment-specific value from an Agents Toolkit placeholder", () => {
    expect(listPlaceholders(manifestText).sort()).toEqual(Object.keys(SAMPLE_ENV).sort());
    expect(filled["id"]).toBe(SAMPLE_ENV.TEAMS_APP_ID);
    expect(filled["bots"][0].botId).toBe(SAMPLE_ENV.BOT_ID);
    expect(filled["validDomains"]).toEqual([SAMPLE_ENV.TAB_DOMAIN]);
    expect(filled["webApplicationInfo"]).toEqual({
      id: SAMPLE_ENV.AAD_APP_CLIENT_ID,
      resource: `api://${SAMPLE_ENV.TAB_DOMAIN}/${SAMPLE_ENV.AAD_APP_CLIENT_ID}`,
    });
  });

  it("offers the bot in team, personal and group chats with the check in and help commands", () => {
    const bot = filled["bots"][0];
    expect(bot.scopes).toEqual(["team", "personal", "groupChat"]);
    expect(bot.supportsFiles).toBe(false);
    expect(bot.commandLists[0].commands.map((c: { title: string }) => c.title)).toEqual(["check in", "help"]);
  });

  it("has a configurable class tab for channels and a personal My students tab", () => {
    expect(filled["configurableTabs"]).toEqual([
      expect.objectContaining({
        configurationUrl: `https://${SAMPLE_ENV.TAB_DOMAIN}/tab/config`,
        scopes: ["team"],
        canUpdateConfiguration: true,
      }),
    ]);
    const myStudents = filled["staticTabs"].find((t: { entityId: string }) => t.entityId === "my-students");
    expect(myStudents).toMatchObject({
      name: "My students",
      contentUrl: `https://${SAMPLE_ENV.TAB_DOMAIN}/tab/?view=my-students`,
      scopes: ["personal"],
    });
  });

  it("lists a Danish, Swedish, Finnish and English language file", () => {
    const l10n = filled["localizationInfo"];
    const files = [l10n.defaultLanguageFile, ...l10n.additionalLanguages.map((l: { file: string }) => l.file)];
    expect(files.sort()).toEqual(["da.json", "en.json", "fi.json", "sv.json"]);
    expect(l10n.defaultLanguageTag).toBe("en");
  });
});

describe("manifest validation", () => {
  it("reports the broken fields of a broken manifest", async () => {
    const broken = structuredClone(filled);
    broken["accentColor"] = "teal";
    delete broken["developer"].privacyUrl;
    broken["bots"][0].scopes = ["team", "everyone"];
    broken["name"].short = "Trivsel, the wellbeing check-in app";
    const errors = await validate(broken);
    expect(errors.join("\n")).toMatch(/\/accentColor/);
    expect(errors.join("\n")).toMatch(/\/developer.*privacyUrl/);
    expect(errors.join("\n")).toMatch(/\/bots\/0\/scopes\/1/);
    expect(errors.join("\n")).toMatch(/\/name\/short/);
  });

  it("rejects an unfilled placeholder, because it is not a GUID", async () => {
    const unfilled = JSON.parse(manifestText);
    expect((await validate(unfilled)).join("\n")).toMatch(/\/id must match pattern/);
  });

  it("repairs the one bundled pattern ajv cannot compile without changing what it matches", () => {
    const broken = "^activities.activityTypes\\[\\b([0-9]|1[0-2])\\b]\\.description$";
    expect(() => new RegExp(broken, "u")).toThrow();
    const fixed = new RegExp(compilable(broken), "u");
    expect(fixed.test("activities.activityTypes[12].description")).toBe(true);
    expect(fixed.test("activities.activityTypes[13].description")).toBe(false);
    expect(compilable("^[a-z]+$")).toBe("^[a-z]+$");
  });

  it("maps a Teams schema URL to the bundled file and refuses any other URL", () => {
    expect(loadBundledSchema(schemaUrl)).toHaveProperty("properties.manifestVersion");
    expect(() => bundledSchemaPath("https://example.org/schema.json")).toThrow(/Not a Teams schema URL/);
  });
});

describe("placeholder filling", () => {
  it("names every placeholder it cannot fill", () => {
    const attempt = () => fillJsonPlaceholders(manifestText, { TEAMS_APP_ID: SAMPLE_ENV.TEAMS_APP_ID, BOT_ID: "" });
    expect(attempt).toThrow(UnfilledPlaceholdersError);
    expect(attempt).toThrow(/BOT_ID, TAB_DOMAIN, TAB_ENDPOINT, AAD_APP_CLIENT_ID/);
  });

  it("never puts a secret into the package", () => {
    expect(() => fillJsonPlaceholders('{"a":"${{SECRET_BOT_PASSWORD}}"}', { SECRET_BOT_PASSWORD: "x" })).toThrow(
      /SECRET_BOT_PASSWORD/,
    );
  });

  it("escapes values so they cannot break out of their JSON string", () => {
    const text = fillJsonPlaceholders('{"name":"${{NAME}}"}', { NAME: 'a"b\\c' });
    expect(JSON.parse(text)).toEqual({ name: 'a"b\\c' });
  });
});
