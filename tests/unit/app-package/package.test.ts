import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import { AppPackageError, buildAppPackage } from "../../../scripts/package-app.js";
import { validateAgainstBundledSchema } from "../../../scripts/lib/manifest-schema.js";
import { UnfilledPlaceholdersError } from "../../../scripts/lib/placeholders.js";
import { SAMPLE_ENV } from "./sample-env.js";

const outDir = mkdtempSync(join(tmpdir(), "trivsel-package-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe("npm run package", () => {
  it("zips the filled manifest, both icons and the four language files", async () => {
    const built = await buildAppPackage({ env: "dev", processEnv: { ...SAMPLE_ENV }, outDir });
    expect(built.zipPath).toBe(join(outDir, "appPackage.dev.zip"));
    const zip = await JSZip.loadAsync(readFileSync(built.zipPath));
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(["color.png", "da.json", "en.json", "fi.json", "manifest.json", "outline.png", "sv.json"]);

    const manifestText = await zip.file("manifest.json")!.async("string");
    expect(manifestText).not.toContain("${{");
    const manifest = JSON.parse(manifestText) as Record<string, unknown>;
    expect(manifest["id"]).toBe(SAMPLE_ENV.TEAMS_APP_ID);
    expect(await validateAgainstBundledSchema(manifest)).toEqual([]);
    const color = await zip.file("color.png")!.async("nodebuffer");
    expect(color.equals(readFileSync(new URL("../../../appPackage/color.png", import.meta.url)))).toBe(true);
  });

  it("builds a byte-identical zip from identical input, named after its environment", async () => {
    const first = readFileSync((await buildAppPackage({ env: "dev", processEnv: { ...SAMPLE_ENV }, outDir })).zipPath);
    const local = await buildAppPackage({ env: "local", processEnv: { ...SAMPLE_ENV }, outDir });
    expect(local.zipPath).toBe(join(outDir, "appPackage.local.zip"));
    expect(readFileSync(local.zipPath).equals(first)).toBe(true);
  });

  it("refuses to package while the environment leaves placeholders unfilled", async () => {
    const { BOT_ID: _botId, TAB_DOMAIN: _tabDomain, ...partial } = SAMPLE_ENV;
    const attempt = buildAppPackage({ env: "dev", processEnv: partial, outDir });
    await expect(attempt).rejects.toBeInstanceOf(UnfilledPlaceholdersError);
    await expect(attempt).rejects.toThrow(/BOT_ID, TAB_DOMAIN/);
  });

  it("refuses a value that makes the manifest invalid", async () => {
    const attempt = buildAppPackage({ env: "dev", processEnv: { ...SAMPLE_ENV, BOT_ID: "not-a-guid" }, outDir });
    await expect(attempt).rejects.toBeInstanceOf(AppPackageError);
    await expect(attempt).rejects.toThrow(/manifest\.json\/bots\/0\/botId must match pattern/);
  });

  it("refuses an environment name that is not a plain name", async () => {
    await expect(buildAppPackage({ env: "../etc", processEnv: {}, outDir })).rejects.toThrow(
      /Invalid environment name/,
    );
    await expect(buildAppPackage({ env: "nosuchenv", processEnv: {}, outDir })).rejects.toThrow(/No environment file/);
  });
});
