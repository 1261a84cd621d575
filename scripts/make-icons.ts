import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { encodePng, type RgbaImage } from "./lib/png.js";

/**
 * Draws the Trivsel emblem (a heart with a check mark cut out of it) and writes the two icons the Teams manifest
 * needs (https://learn.microsoft.com/microsoft-365/extensibility/schema/root-icons):
 *   - color.png   192×192, full colour: a white heart on the accent colour;
 *   - outline.png 32×32, white on transparent.
 * Run `node --import tsx scripts/make-icons.ts`; the PNGs are committed, so this only runs when the emblem changes.
 */

/** The manifest's accentColor (#2E7D6B), so the icon and Teams' tile colour match. */
const ACCENT = [0x2e, 0x7d, 0x6b] as const;
/** Samples per pixel edge: 4×4 supersampling gives smooth edges without an anti-aliasing library. */
const SUPERSAMPLE = 4;

/** The classic implicit heart, (x² + y² − 1)³ − x²y³ ≤ 0, about 2.28 wide and 2.25 tall, y pointing up. */
function inHeart(x: number, y: number): boolean {
  const a = x * x + y * y - 1;
  return a * a * a - x * x * y * y * y <= 0;
}

/** The check mark: two strokes in heart coordinates, drawn with round ends. */
const CHECK: ReadonlyArray<readonly [number, number]> = [
  [-0.52, 0.28],
  [-0.12, -0.12],
  [0.56, 0.62],
];
const CHECK_HALF_WIDTH = 0.13;

function distanceToSegment(
  px: number,
  py: number,
  [ax, ay]: readonly [number, number],
  [bx, by]: readonly [number, number],
) {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function inCheck(x: number, y: number): boolean {
  for (let i = 0; i + 1 < CHECK.length; i++) {
    const [a, b] = [CHECK[i], CHECK[i + 1]];
    if (a && b && distanceToSegment(x, y, a, b) <= CHECK_HALF_WIDTH) return true;
  }
  return false;
}

/** Coverage (0..1) of "heart minus check" for each pixel of a size×size image whose heart is `heartWidth` px wide. */
function emblemCoverage(size: number, heartWidth: number): Float64Array {
  const scale = heartWidth / 2.28;
  const coverage = new Float64Array(size * size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE - size / 2) / scale;
          // 0.125 recentres the heart vertically: its box runs from y = −1 to about y = 1.25.
          const y = -(py + (sy + 0.5) / SUPERSAMPLE - size / 2) / scale + 0.125;
          if (inHeart(x, y) && !inCheck(x, y)) hits++;
        }
      }
      coverage[py * size + px] = hits / (SUPERSAMPLE * SUPERSAMPLE);
    }
  }
  return coverage;
}

/** 192×192: the heart spans 120 px, the safe area Teams' icon guidance recommends for the symbol. */
export function drawColorIcon(): RgbaImage {
  const size = 192;
  const coverage = emblemCoverage(size, 120);
  const pixels = new Uint8Array(size * size * 4);
  coverage.forEach((c, i) => {
    pixels.set([...ACCENT.map((v) => Math.round(v + (255 - v) * c)), 255], i * 4);
  });
  return { width: size, height: size, pixels };
}

/** 32×32: white, with the coverage as alpha, so the background stays transparent as Teams requires. */
export function drawOutlineIcon(): RgbaImage {
  const size = 32;
  const coverage = emblemCoverage(size, 28);
  const pixels = new Uint8Array(size * size * 4);
  coverage.forEach((c, i) => {
    const alpha = Math.round(255 * c);
    pixels.set(alpha ? [255, 255, 255, alpha] : [0, 0, 0, 0], i * 4);
  });
  return { width: size, height: size, pixels };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = new URL("../appPackage/", import.meta.url);
  writeFileSync(new URL("color.png", dir), encodePng(drawColorIcon()));
  writeFileSync(new URL("outline.png", dir), encodePng(drawOutlineIcon()));
  console.log("wrote appPackage/color.png (192×192) and appPackage/outline.png (32×32)");
}
