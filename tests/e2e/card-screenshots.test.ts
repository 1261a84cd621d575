/// <reference lib="dom" />
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "../../src/domain/locale.js";
import { launchBrowser, loopbackOnly } from "../support/browser.js";
import { COMMITTED_SHOTS, HOSTILE_NOTE, studentCards, TEAMS_LIKE_HOST_CONFIG } from "./card-gallery.js";

const SCRIPT = createRequire(import.meta.url).resolve("adaptivecards/dist/adaptivecards.min.js");
const SHOTS_DIR = fileURLToPath(new URL("../../docs/cards/", import.meta.url));
/** A phone-width column (Teams mobile renders cards about this wide), so the shots show what students see. */
const PHONE_WIDTH = 390;
/** Buttons styled roughly like Teams; the renderer itself only emits class names for them. */
const CSS = `body{margin:0;background:#f5f5f5;font-family:'Segoe UI',system-ui,sans-serif}
#card{width:${PHONE_WIDTH - 24}px;margin:12px;background:#fff;border-radius:8px;box-shadow:0 1px 3px #0003;overflow:hidden}
.ac-pushButton{border:1px solid #d1d1d1;border-radius:4px;background:#fff;padding:6px 12px;font:600 14px 'Segoe UI',sans-serif;color:#242424}
.ac-pushButton.style-positive,.ac-pushButton:first-child{background:#6264a7;color:#fff;border-color:#6264a7}
.ac-input{font:14px 'Segoe UI',sans-serif}`;

interface RenderReport {
  problems: string[];
  height: number;
  links: string[];
}

/** Renders one card with Microsoft's renderer in the page; returns parse/validation problems and what it drew. */
async function render(page: Page, card: unknown): Promise<RenderReport> {
  return page.evaluate(
    ({ card, hostConfig }) => {
      const AC = (window as unknown as { AdaptiveCards: typeof import("adaptivecards") }).AdaptiveCards;
      const context = new AC.SerializationContext();
      context.targetVersion = AC.Versions.v1_5;
      const adaptive = new AC.AdaptiveCard();
      adaptive.hostConfig = new AC.HostConfig(hostConfig);
      adaptive.parse(card, context);
      const problems: string[] = [];
      for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
      for (const event of adaptive.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
      const host = document.getElementById("card")!;
      host.replaceChildren();
      const element = adaptive.render();
      if (!element) problems.push("render: nothing rendered");
      else host.appendChild(element);
      const links = Array.from(host.querySelectorAll("a"), (a) => a.getAttribute("href") ?? "");
      return { problems, height: host.getBoundingClientRect().height, links };
    },
    { card, hostConfig: TEAMS_LIKE_HOST_CONFIG },
  );
}

describe("every student card renders in Microsoft's Adaptive Cards renderer in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let outside: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: PHONE_WIDTH, height: 800 }, deviceScaleFactor: 1 });
    outside = await loopbackOnly(page);
    await page.setContent(
      `<!doctype html><html><head><style>${CSS}</style></head><body><div id="card"></div></body></html>`,
    );
    await page.addScriptTag({ path: SCRIPT });
    mkdirSync(SHOTS_DIR, { recursive: true });
  });
  afterAll(async () => browser?.close());

  for (const locale of LOCALES) {
    it(`every kind of student card in ${locale} renders with no parse, validation or render errors`, async () => {
      for (const [kind, card] of Object.entries(studentCards(locale))) {
        const report = await render(page, card);
        expect(report.problems, `${kind}/${locale}`).toEqual([]);
        expect(report.height, `${kind}/${locale}`).toBeGreaterThan(40);
      }
      expect(outside).toEqual([]);
    });
  }

  it("a hostile note is drawn as text: no link element points anywhere it names", async () => {
    const report = await render(page, studentCards("en").thankYouHelp);
    expect(report.problems).toEqual([]);
    expect(report.links.filter((href) => href.includes("evil"))).toEqual([]);
    const text = await page.locator("#card").innerText();
    expect(text).toContain("click");
    expect(HOSTILE_NOTE).toContain("evil.example");
  });

  it("saves the README's screenshots: survey, help, thank-you and error in two locales each", async () => {
    for (const { kind, locale } of COMMITTED_SHOTS) {
      const card = studentCards(locale)[kind];
      expect((await render(page, card)).problems).toEqual([]);
      const shot = await page.locator("#card").screenshot({ path: `${SHOTS_DIR}${kind}-${locale}.png` });
      expect(shot.length).toBeGreaterThan(2_000);
    }
  });
});
