import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";

const DIR = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));

/**
 * Saves a screenshot of a main screen to docs/screenshots/ when UPDATE_SCREENSHOTS=1 (`npm run screenshots`), so
 * the README's pictures come from the same paths the tests walk; a normal test run writes nothing.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== "1") return;
  mkdirSync(DIR, { recursive: true });
  await page.screenshot({ path: `${DIR}${name}.png`, fullPage: true });
}
