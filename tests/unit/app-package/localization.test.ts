import { readFileSync } from "node:fs";
import { AppManifestUtils, type AppManifest } from "@microsoft/app-manifest";
import { describe, expect, it } from "vitest";
import { loadBundledSchema } from "../../../scripts/lib/manifest-schema.js";
import { fillJsonPlaceholders } from "../../../scripts/lib/placeholders.js";
import { SAMPLE_ENV } from "./sample-env.js";

const appDir = new URL("../../../appPackage/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, appDir), "utf8");
const filled = JSON.parse(fillJsonPlaceholders(read("manifest.json"), SAMPLE_ENV)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const schemaUrl = filled["$schema"] as string;

/** Validates offline against the file bundled in @microsoft/app-manifest (see manifest-schema.ts for its repair). */
async function validate(document: unknown, url: string): Promise<string[]> {
  return AppManifestUtils.validateAgainstSchema(document as AppManifest, loadBundledSchema(url) as never);
}

describe("the localization files", () => {
  const languages = ["en", "da", "sv", "fi"];

  it.each(languages)("%s.json is valid against the bundled localization schema", async (lang) => {
    const file = JSON.parse(read(`${lang}.json`)) as Record<string, unknown>;
    expect(file["$schema"]).toBe(
      schemaUrl.replace("MicrosoftTeams.schema.json", "MicrosoftTeams.Localization.schema.json"),
    );
    expect(await validate(file, file["$schema"] as string)).toEqual([]);
  });

  it("translate the same strings in every language", () => {
    const keys = languages.map((lang) => Object.keys(JSON.parse(read(`${lang}.json`))).sort());
    for (const k of keys) expect(k).toEqual(keys[0]);
    expect(keys[0]).toEqual(
      expect.arrayContaining(["name.short", "description.short", "description.full", "staticTabs[1].name"]),
    );
  });

  it("name the My students tab by the index it has in the manifest", () => {
    const index = filled["staticTabs"].findIndex((t: { entityId: string }) => t.entityId === "my-students");
    expect(JSON.parse(read("en.json"))[`staticTabs[${index}].name`]).toBe("My students");
    expect(JSON.parse(read("da.json"))[`staticTabs[${index}].name`]).toBe("Mine elever");
  });

  it("keep the English default file in step with the manifest's own strings", () => {
    const en = JSON.parse(read("en.json"));
    expect(en["name.short"]).toBe(filled["name"].short);
    expect(en["description.short"]).toBe(filled["description"].short);
    expect(en["description.full"]).toBe(filled["description"].full);
  });

  it("reports a localization file with too long or unknown strings", async () => {
    const da = JSON.parse(read("da.json")) as Record<string, unknown>;
    const errors = await validate(
      { ...da, "description.short": "x".repeat(81), "bots[0].title": "?" },
      da["$schema"] as string,
    );
    expect(errors.join("\n")).toMatch(/description\.short.*80 characters/);
    expect(errors.join("\n")).toMatch(/additional properties.*bots\[0\]\.title/);
  });
});
